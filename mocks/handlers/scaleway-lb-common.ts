import type { MockLb } from '../seed/scaleway-lb';
import { lockedOrTransient } from './scaleway-lb-model';

export const SETTLE_MS = 2500;

/** The `project_id` and `organization_id` filters of the region-wide lists. */
export function ownedBy(item: { project_id: string; organization_id: string }, url: URL): boolean {
  const project = url.searchParams.get('project_id');
  const organization = url.searchParams.get('organization_id');
  return (!project || item.project_id === project) && (!organization || item.organization_id === organization);
}

export const guardLb = (found: { lb: MockLb }) => lockedOrTransient(found.lb);
