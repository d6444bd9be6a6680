import { NativeSelect } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { SCALEWAY_REGIONS, isScalewayRegion } from '../../api/providers';
import { useRouteHandle } from '../../lib/route-handle';
import { useScalewayRegion } from '../../lib/use-scaleway-region';

const REGION_LABELS: Record<string, string> = { 'fr-par': 'Paris (fr-par)', 'nl-ams': 'Amsterdam (nl-ams)', 'pl-waw': 'Warsaw (pl-waw)' };

/** Shown on Scaleway areas. The region is URL state, so a link opens the same region. */
export function RegionSelect() {
  const handle = useRouteHandle();
  const region = useScalewayRegion();
  const navigate = useNavigate();
  const [, setSearch] = useSearchParams();
  if (handle.provider !== 'scaleway' || (!handle.regionScoped && !handle.regionListPath)) return null;
  return (
    <NativeSelect
      aria-label="Scaleway region"
      size="xs"
      w={180}
      data={SCALEWAY_REGIONS.map((r) => ({ value: r, label: REGION_LABELS[r] ?? r }))}
      value={region}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (!isScalewayRegion(value) || value === region) return;
        // A detail page belongs to one region: switching goes to that region's list.
        if (handle.regionListPath) navigate(`${handle.regionListPath}?region=${value}`);
        else
          setSearch((prev) => {
            const next = new URLSearchParams(prev);
            next.set('region', value);
            next.delete('page');
            return next;
          });
      }}
    />
  );
}
