import { Badge, Group, Text } from '@mantine/core';

/** Names of linked resources as badges, or "None" (a frontend's certificates, a route's hosts). */
export function NameBadges({ names }: { names: string[] }) {
  if (names.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {names.map((name, i) => (
        <Badge key={`${i}-${name}`} variant="light" color="gray" style={{ textTransform: 'none' }}>
          {name}
        </Badge>
      ))}
    </Group>
  );
}
