import type { Ip } from '../../../../api/scaleway-lb/types';
import { DeleteDialog } from '../../../../components/DeleteDialog';
import { useDetachIp } from '../../api/use-detach-ip';

/** An IP to detach, with the name of the load balancer it leaves. */
export interface DetachTarget {
  ip: Pick<Ip, 'id' | 'ip_address'>;
  lbName: string;
}

/** Confirms a detach naming the address and the load balancer, and says it can be released after. */
export function DetachIpDialog({ region, target, onClose }: { region: string; target: DetachTarget | null; onClose: () => void }) {
  const detach = useDetachIp(region);
  return (
    <DeleteDialog
      target={target}
      onClose={onClose}
      mutation={detach}
      variables={(t) => t.ip.id}
      title="Detach flexible IP"
      name={(t) => `${t.ip.ip_address} from ${t.lbName}`}
      confirmLabel="Detach"
      description={(t) => `Load balancer ${t.lbName} stops answering on ${t.ip.ip_address} at once: clients and DNS records using this address lose it. The address stays reserved in your account, to attach again or release.`}
      doneTitle="Flexible IP detached"
      done={(t) => `${t.ip.ip_address} was detached from ${t.lbName}. It can now be released.`}
    />
  );
}
