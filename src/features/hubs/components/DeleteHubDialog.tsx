import { Checkbox } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../../api/errors/api-error';
import type { Hub } from '../../../api/scaleway-iot/types';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { formatInteger } from '../../../lib/format';
import { useDeleteHub } from '../api/use-delete-hub';

/** Turns the API's refusals into what the user can do about them. */
export function describeDeleteError(error: unknown, hub: Hub): string {
  if (!isApiError(error)) return 'The hub could not be deleted.';
  if (error.status === 412 || error.details.precondition === 'resource_still_in_use') {
    return `"${hub.name}" still has ${formatInteger(hub.device_count)} registered devices, so Scaleway refused to delete it. Tick "Also delete its devices" to delete them together with the hub, or remove the devices first.`;
  }
  if (error.code === 'transient_state') return `"${hub.name}" is ${hub.status} right now. Wait until it is ready or disabled, then try again.`;
  if (error.status === 404) return 'This hub no longer exists: it was deleted elsewhere.';
  return error.message;
}

export function DeleteHubDialog({ hub, opened, onClose, onDeleted }: { hub: Hub; opened: boolean; onClose: () => void; onDeleted: () => void }) {
  const [deleteDevices, setDeleteDevices] = useState(false);
  const deleteHub = useDeleteHub(hub.region, hub.id);
  return (
    <DeleteDialog
      target={opened ? hub : null}
      onClose={() => {
        setDeleteDevices(false);
        onClose();
      }}
      mutation={deleteHub}
      variables={() => deleteDevices}
      title="Delete hub"
      name={(h) => h.name}
      requireTypedName
      confirmLabel="Delete hub"
      describeError={describeDeleteError}
      description={() => 'Deleting a hub is permanent. Devices can no longer connect to its endpoint, and its certificate authority and settings are lost.'}
      doneTitle="Hub deleted"
      done={(h) => `${h.name} was deleted${deleteDevices ? ' with its devices' : ''}.`}
      onDone={onDeleted}
    >
      <Checkbox
        label={`Also delete its devices (${formatInteger(hub.device_count)})`}
        description="Without this, Scaleway refuses to delete a hub that still has devices."
        checked={deleteDevices}
        onChange={(e) => setDeleteDevices(e.currentTarget.checked)}
      />
    </DeleteDialog>
  );
}
