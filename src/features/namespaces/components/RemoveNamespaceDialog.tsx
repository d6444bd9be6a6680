import { Alert, Anchor, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isJurisdiction } from '../../../api/akamai/types';
import { isApiError } from '../../../api/errors/api-error';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { namespaceQueries } from '../../../api/akamai/queries';
import { useRemoveNamespace } from '../api/use-remove-namespace';
import { CheckedDeleteDialog } from './CheckedDeleteDialog';
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

  return (
    <CheckedDeleteDialog
      opened={opened}
      onClose={onClose}
      title="Remove namespace"
      resourceName={namespace}
      blocked={configurations.isPending || configurations.isError || left.length > 0}
      blocker={
        <>
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
        </>
      }
      mutation={remove}
      describeError={(error) => describeRemoveError(error, namespace)}
      description="The namespace has no configurations left. Removing it releases the name: any Akamai account may then reserve it."
      doneTitle="Namespace removed"
      done={`${namespace} was released.`}
      onDone={onRemoved}
      onRefused={() => void configurations.refetch()}
    />
  );
}
