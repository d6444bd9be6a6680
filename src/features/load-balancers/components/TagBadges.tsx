import { Badge, Group, Text, UnstyledButton } from '@mantine/core';

/** Tags as they were typed (no upper-casing); with `onTag`, each one filters by itself. */
export function TagBadges({ tags, onTag, empty = null }: { tags: readonly string[]; onTag?: (tag: string) => void; empty?: string | null }) {
  if (tags.length === 0) {
    return empty ? (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    ) : null;
  }
  return (
    <Group gap={4}>
      {tags.map((t) => {
        const badge = (
          <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none', cursor: onTag ? 'pointer' : undefined }}>
            {t}
          </Badge>
        );
        return onTag ? (
          <UnstyledButton key={t} onClick={() => onTag(t)} aria-label={`Filter by tag ${t}`}>
            {badge}
          </UnstyledButton>
        ) : (
          <span key={t}>{badge}</span>
        );
      })}
    </Group>
  );
}
