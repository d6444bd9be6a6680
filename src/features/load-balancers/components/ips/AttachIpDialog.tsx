import { Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { ipQueries, lbQueries } from '../../../../api/scaleway-lb/queries';
import type { Ip, Lb } from '../../../../api/scaleway-lb/types';
import { FormActions } from '../../../../components/FormActions';
import { FormErrorAlert } from '../../../../components/FormErrorAlert';
import { remapFieldErrors } from '../../../../lib/field-errors';
import { useFormSubmit } from '../../../../lib/use-form-submit';
import { useAttachIp } from '../../api/use-attach-ip';

/**
 * What is being attached: a given IP to a load balancer to pick (IP list), or an IP to pick to a
 * given load balancer (load balancer page). A flexible IP attaches only in its own zone, so the
 * other zone's choices are shown, disabled, saying why.
 */
export type AttachTarget = { ip: Ip; lb?: undefined } | { lb: Pick<Lb, 'id' | 'name' | 'zone'>; ip?: undefined };

interface Choice {
  value: string;
  label: string;
  disabled: boolean;
}

function choice(value: string, name: string, zone: string, wanted: string): Choice {
  return zone === wanted ? { value, label: name, disabled: false } : { value, label: `${name} (${zone}, another zone)`, disabled: true };
}

function AttachForm({ region, target, onDone }: { region: string; target: AttachTarget; onDone: () => void }) {
  const attach = useAttachIp(region);
  const pickLb = target.ip !== undefined;
  const lbs = useQuery({ ...lbQueries.everything(region), enabled: pickLb });
  const ips = useQuery({ ...ipQueries.everything(region), enabled: !pickLb });
  const form = useForm<{ choice: string }>({
    initialValues: { choice: '' },
    validate: { choice: (v) => (v ? null : pickLb ? 'Choose a load balancer' : 'Choose a flexible IP') },
  });
  const { submitting, formErrors, run } = useFormSubmit(form);

  const choices: Choice[] = target.ip
    ? (lbs.data ?? []).map((lb) => choice(lb.id, lb.name, lb.zone, target.ip.zone))
    : (ips.data ?? []).filter((ip) => !ip.lb_id).map((ip) => choice(ip.id, ip.ip_address, ip.zone, target.lb.zone));
  const options = pickLb ? lbs : ips;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const ipId = target.ip?.id ?? values.choice;
        const lbId = target.lb?.id ?? values.choice;
        const address = target.ip?.ip_address ?? ips.data?.find((ip) => ip.id === ipId)?.ip_address ?? ipId;
        const lbName = target.lb?.name ?? lbs.data?.find((lb) => lb.id === lbId)?.name ?? lbId;
        void run(
          values,
          () => attach.mutateAsync({ ipId, lbId }),
          (error) => remapFieldErrors(error, { lb_id: 'choice', ip_id: 'choice' }),
        ).then((ok) => {
          if (!ok) return;
          notifications.show({ color: 'teal', title: 'Flexible IP attached', message: `${address} now reaches load balancer ${lbName}.` });
          onDone();
        });
      })}
    >
      <Stack gap="sm">
        <Select
          label={pickLb ? 'Load balancer' : 'Flexible IP'}
          description={pickLb ? `Load balancers in ${target.ip?.zone ?? ''}, the zone of the address.` : `Detached flexible IPs in ${target.lb?.zone ?? ''}, the zone of the load balancer.`}
          placeholder={options.isPending ? 'Loading…' : 'Choose'}
          data={choices}
          searchable
          nothingFoundMessage={pickLb ? 'No load balancer in this region' : 'No detached flexible IP: create one in Flexible IPs'}
          allowDeselect={false}
          {...form.getInputProps('choice')}
        />
        {options.isError ? <Text size="sm" c="red">Could not load the choices: close and try again.</Text> : null}
        <FormErrorAlert title="The flexible IP was not attached" messages={formErrors} />
        <FormActions submitLabel="Attach" onCancel={onDone} submitting={submitting} />
      </Stack>
    </form>
  );
}

export function AttachIpDialog({ region, target, onClose }: { region: string; target: AttachTarget | null; onClose: () => void }) {
  const title = target?.ip ? `Attach ${target.ip.ip_address} to a load balancer` : target?.lb ? `Attach a flexible IP to ${target.lb.name}` : '';
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={target !== null} onClose={onClose} title={title}>
      {target ? <AttachForm region={region} target={target} onDone={onClose} /> : null}
    </Modal>
  );
}
