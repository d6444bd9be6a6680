import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ACTIVATION_PROBLEMS, namespaceQueries, type ActivationProblem } from '../../../api/akamai/queries';
import { ERROR_TEXT } from '../../../components/text-colors';
import { combineQueries } from '../lib/combine';
import { overviewLinks } from '../lib/links';
import { TILE_REFRESH } from '../lib/tile-refresh';
import { Tile } from './Tile';

const PROBLEM_LABELS: Record<ActivationProblem, string> = { pending: 'Pending', failed: 'Failed', aborted: 'Aborted', unavailable: 'Unavailable' };
const PROBLEM_COLORS: Record<ActivationProblem, string> = { pending: 'blue', failed: 'red', aborted: 'orange', unavailable: 'orange' };

/** Configurations whose latest activation is still pending or ended without deploying. */
export function NamespacesTile() {
  const query = useQuery({ ...namespaceQueries.activationOverview(), ...TILE_REFRESH });
  const state = combineQueries([query]);
  const data = query.data;
  const problems = data?.problems ?? [];
  return (
    <Tile title="Namespaces" to="/namespaces" state={state} loadingLabel="Loading the namespaces' activations…" errorTitle="Could not load the namespaces">
      <Stack gap="xs">
        <Text size="sm">
          {problems.length === 0
            ? `Every latest activation deployed (${data?.configurations ?? 0} configurations in ${data?.namespaces.length ?? 0} namespaces).`
            : `${problems.length} of ${data?.configurations ?? 0} configurations need a look: ${ACTIVATION_PROBLEMS.map((p) => [p, problems.filter((x) => x.problem === p).length] as const)
                .filter(([, n]) => n > 0)
                .map(([p, n]) => `${n} ${p}`)
                .join(', ')}.`}
        </Text>
        {problems.length > 0 ? (
          <List size="sm" spacing={2} aria-label="Configurations whose latest activation needs a look">
            {problems.map((p) => (
              <List.Item key={`${p.namespace}/${p.jurisdiction}`}>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={overviewLinks.configuration(p.namespace, p.jurisdiction)} size="sm" underline="always">
                    {p.namespace} ({p.jurisdiction})
                  </Anchor>
                  <Badge size="xs" variant="light" color={PROBLEM_COLORS[p.problem]}>
                    {PROBLEM_LABELS[p.problem]}, version {p.latest.version}
                  </Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        ) : null}
        {data && data.failures.length > 0 ? (
          <Text size="xs" c={ERROR_TEXT}>
            Not read: {data.failures.map((f) => `${f.name} (${f.message})`).join('; ')}
          </Text>
        ) : null}
      </Stack>
    </Tile>
  );
}
