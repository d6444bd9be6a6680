import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isJurisdiction } from '../../../api/akamai/types';
import { isApiError } from '../../../api/errors/api-error';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { namespaceQueries } from '../../../api/akamai/queries';
import { useRemoveNamespace } from '../api/use-remove-namespace';
import { jurisdictionLabel } from '../lib/jurisdictions';

function describeRemoveError(error: unknown, namespace: string): string {
  if (!isApiError(error)) return 'The namespace could not be removed.';
  if (error.status === 409) return `${error.message} The list above shows what is left in ${namespace}.`;
  if (error.status === 404) return 'This namespace is no longer reserved: it was removed elsewhere.';
  return error.message;
}

/**
 * The API removes a namespace only once it has no configuration in any jurisdiction, so the
 * dialog checks first: with configurations left it says so and links to each of them.
 */
export function RemoveNamespaceDialog({ namespace, opened, onClose, onRemoved }: { namespace: string; opened: boolean; onClose: () => void; onRemoved: () => void }) {
  const configurations = useQuery({ ...namespaceQueries.configurations(namespace), enabled: opened });
  const remove = useRemoveNamespace(namespace);
  const close = () => {
    remove.reset();
    onClose();
  };
  const left = (configurations.data ?? []).flatMap((c) => (isJurisdiction(c.jurisdiction) ? [c.jurisdiction] : []));

  if (opened && (configurations.isPending || configurations.isError || left.length > 0)) {
    return (
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened onClose={close} title="Remove namespace" centered>
        <Stack gap="sm">
          <Text size="sm">
            Resource: <strong style={{ overflowWrap: 'anywhere' }}>{namespace}</strong>
          </Text>
          {configurations.isPending ? <LoadingState label="Checking the namespace's configurations…" /> : null}
          {configurations.isError ? (
            <ErrorState error={configurations.error} onRetry={() => void configurations.refetch()} title="Could not check the namespace's configurations" />
          ) : null}
          {left.length > 0 ? (
            <Alert color="orange" variant="light" title={`${namespace} still has ${left.length} configuration${left.length > 1 ? 's' : ''}`} role="alert">
              <Text size="sm" mb="xs">
                A namespace can be removed only when it has no configurations left. Delete each configuration first (deactivate its active version, then delete it):
              </Text>
              <List size="sm">
                {left.map((j) => (
                  <List.Item key={j}>
                    <Anchor component={Link} to={`/namespaces/${encodeURIComponent(namespace)}/configurations/${j}`} onClick={close}>
                      {jurisdictionLabel(j)}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <ConfirmDialog
      opened={opened}
      onClose={close}
      title="Remove namespace"
      resourceName={namespace}
      requireTypedName
      confirmLabel="Remove namespace"
      loading={remove.isPending}
      error={remove.isError ? describeRemoveError(remove.error, namespace) : undefined}
      description="The namespace has no configurations left. Removing it releases the name: any Akamai account may then reserve it."
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notifications.show({ color: 'teal', title: 'Namespace removed', message: `${namespace} was released.` });
            close();
            onRemoved();
          },
          onError: () => void configurations.refetch(),
        })
      }
    />
  );
}
