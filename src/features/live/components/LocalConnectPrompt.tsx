import { Button, Paper } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { EmptyState } from '../../../components/EmptyState';

/** The page's empty state while not connected: one click to the local broker, watching everything. */
export function LocalConnectPrompt({ url, onConnect }: { url: string; onConnect: () => void }) {
  return (
    <Paper withBorder p="xs" mb="md" component="section" aria-label="Not connected">
      <EmptyState
        title="Not connected"
        description={
          <>
            Watch the local broker (<code>{url}</code>, started by <code>npm start</code> with its device simulator), or set up a connection below.
          </>
        }
        action={
          <Button onClick={onConnect} leftSection={<IconPlugConnected size={16} aria-hidden />}>
            Connect to the local broker and watch #
          </Button>
        }
      />
    </Paper>
  );
}
