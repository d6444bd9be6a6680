/** A small SVG line of a series (no chart library: a few points, drawn once). */
export function Sparkline({ values, label, width = 120, height = 28 }: { values: readonly number[]; label: string; width?: number; height?: number }) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`).join(' ');
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{label}</title>
      {values.length > 1 ? <polyline points={points} fill="none" stroke="var(--mantine-color-blue-filled)" strokeWidth={1.5} /> : null}
    </svg>
  );
}
