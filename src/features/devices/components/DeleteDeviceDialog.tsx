import { notifications } from '@mantine/notifications';
import { isApiError } from '../../../api/errors/api-error';
import type { DeviceDetails } from '../../../api/nexigon/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useDeleteDevice } from '../api/use-delete-device';
import { deviceLabel } from '../lib/device-labels';

export function DeleteDeviceDialog({ device, opened, onClose, onDeleted }: { device: DeviceDetails; opened: boolean; onClose: () => void; onDeleted: () => void }) {
  const deleteDevice = useDeleteDevice(device.deviceId);
  const label = deviceLabel(device);
  const close = () => {
    deleteDevice.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={opened}
      onClose={close}
      title="Delete device"
      resourceName={label}
      requireTypedName
      confirmLabel="Delete device"
      loading={deleteDevice.isPending}
      error={deleteDevice.isError ? (isApiError(deleteDevice.error) ? deleteDevice.error.message : 'The device could not be deleted.') : undefined}
      description="Deleting a device is permanent: its certificates, properties, events and history go with it, and it can no longer authenticate with its fingerprint."
      onConfirm={() =>
        deleteDevice.mutate(undefined, {
          onSuccess: () => {
            notifications.show({ color: 'teal', title: 'Device deleted', message: `${label} was deleted.` });
            close();
            onDeleted();
          },
        })
      }
    />
  );
}
