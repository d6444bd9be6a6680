import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';
import { isApiError } from '../../../api/errors/api-error';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { LoadingState } from '../../../components/LoadingState';
import { useDeactivateVersion } from '../api/use-deactivate-version';
import { useDeleteConfiguration } from '../api/use-delete-configuration';
import { jurisdictionLabel } from '../lib/jurisdictions';
import { InFlightNote, useActivationState } from './ActiveVersion';

/**
 * The API deletes a configuration (with all its versions) only once no version is active. When
 * one is, the dialog says so and offers the deactivation, follows it, and then lets the user
 * delete.
 */
export function DeleteConfigurationDialog({
  namespace,
  jurisdiction,
  opened,
  onClose,
  onDeleted,
}: {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { query, state } = useActivationState(namespace, jurisdiction, opened);
  const deactivate = useDeactivateVersion(namespace, jurisdiction);
  const remove = useDeleteConfiguration(namespace, jurisdiction);
  const resourceName = `${namespace}/${jurisdiction}`;
  const close = () => {
    remove.reset();
    onClose();
  };

  const blocked = !state || state.activeVersion !== null || state.inFlight !== null;
  if (opened && blocked) {
    return (
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened onClose={close} title="Delete configuration" centered>
        <Stack gap="sm">
          <Text size="sm">
            Resource: <strong style={{ overflowWrap: 'anywhere' }}>{resourceName}</strong>
          </Text>
          {query.isPending ? <LoadingState label="Checking the active version…" /> : null}
          {query.isError ? (
            <Alert color="red" variant="light" role="alert" title="Could not check the active version">
              {query.error.message}
            </Alert>
          ) : null}
          {state && (state.activeVersion !== null || state.inFlight) ? (
            <Alert color="orange" variant="light" role="alert" title={state.activeVersion !== null ? `Version ${state.activeVersion} is active in ${jurisdictionLabel(jurisdiction)}` : 'An operation is under way'}>
              <Stack gap="xs">
                <Text size="sm">
                  A configuration can be deleted only after its active version is deactivated. Deactivating stops serving this configuration&apos;s ACL in {jurisdictionLabel(jurisdiction)}: devices lose access to its topics there.
                </Text>
                <InFlightNote state={state} />
                {deactivate.isError ? (
                  <Text size="sm" c="red">
                    {isApiError(deactivate.error) ? deactivate.error.message : 'The deactivation failed.'}
                  </Text>
                ) : null}
                {state.activeVersion !== null && state.inFlight?.operationType !== 'DEACTIVATION' ? (
                  <Group>
                    <Button color="red" variant="light" loading={deactivate.isPending} onClick={() => deactivate.mutate(state.activeVersion ?? undefined)}>
                      Deactivate version {state.activeVersion}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
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
      title="Delete configuration"
      resourceName={resourceName}
      requireTypedName
      confirmLabel="Delete configuration"
      loading={remove.isPending}
      error={remove.isError ? (isApiError(remove.error) ? remove.error.message : 'The configuration could not be deleted.') : undefined}
      description={`No version is active. Deleting removes the configuration for ${jurisdictionLabel(jurisdiction)} and all its versions; this cannot be undone.`}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notifications.show({ color: 'teal', title: 'Configuration deleted', message: `${resourceName} and its versions were deleted.` });
            close();
            onDeleted();
          },
          onError: () => void query.refetch(),
        })
      }
    />
  );
}
