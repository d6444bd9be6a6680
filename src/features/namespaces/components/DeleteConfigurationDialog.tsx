import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { AkamaiJurisdiction } from '../../../api/akamai/types';
import { errorMessage } from '../../../api/errors/api-error';
import { LoadingState } from '../../../components/LoadingState';
import { useDeactivateVersion } from '../api/use-deactivate-version';
import { useDeleteConfiguration } from '../api/use-delete-configuration';
import { jurisdictionLabel } from '../lib/jurisdictions';
import { InFlightNote, useActivationState } from './ActiveVersion';
import { CheckedDeleteDialog } from './CheckedDeleteDialog';

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
  return (
    <CheckedDeleteDialog
      opened={opened}
      onClose={onClose}
      title="Delete configuration"
      resourceName={resourceName}
      blocked={!state || state.activeVersion !== null || state.inFlight !== null}
      blocker={
        <>
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
                    {errorMessage(deactivate.error, 'The deactivation failed.')}
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
        </>
      }
      mutation={remove}
      describeError={(error) => errorMessage(error, 'The configuration could not be deleted.')}
      description={`No version is active. Deleting removes the configuration for ${jurisdictionLabel(jurisdiction)} and all its versions; this cannot be undone.`}
      doneTitle="Configuration deleted"
      done={`${resourceName} and its versions were deleted.`}
      onDone={onDeleted}
      onRefused={() => void query.refetch()}
    />
  );
}
