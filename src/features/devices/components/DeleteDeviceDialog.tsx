import type { DeviceDetails } from '../../../api/nexigon/types';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { useDeleteDevice } from '../api/use-delete-device';
import { deviceLabel } from '../lib/device-labels';

/** Deleting a device is irreversible: the user types its name. */
export function DeleteDeviceDialog({ device, opened, onClose, onDeleted }: { device: DeviceDetails; opened: boolean; onClose: () => void; onDeleted: () => void }) {
  const deleteDevice = useDeleteDevice(device.deviceId);
  return (
    <DeleteDialog<DeviceDetails, void>
      target={opened ? device : null}
      onClose={onClose}
      mutation={deleteDevice}
      variables={() => undefined}
      title="Delete device"
      name={deviceLabel}
      requireTypedName
      confirmLabel="Delete device"
      description={() =>
        'Deleting a device is permanent: its certificates, properties, events and history go with it, and it can no longer authenticate with its fingerprint.'
      }
      doneTitle="Device deleted"
      done={(d) => `${deviceLabel(d)} was deleted.`}
      onDone={onDeleted}
    />
  );
}
