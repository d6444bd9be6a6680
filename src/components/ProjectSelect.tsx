import { NativeSelect, type MantineSize } from '@mantine/core';
import type { NexigonProject } from '../api/nexigon/types';

/** Narrows a view to one Nexigon project, or "All projects" (the empty value). */
export function ProjectSelect({ label, projects, value, onChange, w, size }: { label: string; projects: readonly NexigonProject[]; value: string; onChange: (projectId: string) => void; w?: number; size?: MantineSize }) {
  return (
    <NativeSelect
      label={label}
      size={size}
      w={w}
      data={[{ value: '', label: 'All projects' }, ...projects.map((p) => ({ value: p.projectId, label: p.name }))]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
