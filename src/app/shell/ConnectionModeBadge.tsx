import { Badge } from '@mantine/core';
import { describeConnection } from '../../api/profiles';
import { PROVIDER_LABELS } from '../../api/providers';
import { useProfiles } from '../../lib/use-profiles';
import { useRouteHandle } from '../../lib/route-handle';

/** Which backend the current area talks to: "Mock", the proxy, or the real host. */
export function ConnectionModeBadge() {
  const { provider } = useRouteHandle();
  const profiles = useProfiles();
  if (!provider) return null;
  const profile = profiles[provider];
  const text = describeConnection(provider, profile);
  return (
    <Badge
        variant="light"
        color={profile.mode === 'mock' ? 'yellow' : profile.mode === 'proxy' ? 'grape' : 'teal'}
        aria-label={`${PROVIDER_LABELS[provider]} connection: ${text}`}
        title="Change it in Settings"
        style={{ textTransform: 'none' }}
      >
        {PROVIDER_LABELS[provider]}: {text}
      </Badge>
  );
}
