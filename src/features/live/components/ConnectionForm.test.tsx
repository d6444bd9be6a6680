import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OFFLINE_STATUS } from '../../../mqtt/live-session';
import { defaultSettings } from '../../../mqtt/settings';
import { ConnectionForm } from './ConnectionForm';

/**
 * The refusal shown at the field it is about. The e2e specs see Mosquitto's answers (it says
 * "not authorized", 5 / 0x87, for any bad credentials); brokers that tell a bad password apart
 * (4 / 0x86) are covered here.
 */
function renderRefused(refusedCode: number) {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MantineProvider>
        <ConnectionForm
          initial={defaultSettings().connection}
          initialPassword="guess"
          initialRemember={false}
          status={{ ...OFFLINE_STATUS, url: 'ws://127.0.0.1:9001', refusedCode, lastError: 'refused' }}
          onConnect={() => undefined}
          onDisconnect={() => undefined}
        />
      </MantineProvider>
    </QueryClientProvider>,
  );
}

describe('ConnectionForm: a refused connection', () => {
  it.each([
    [4, 'Password', 'Bad user name or password (CONNACK return code 4)'],
    [0x86, 'Password', 'Bad user name or password (CONNACK reason code 0x86)'],
    [5, 'User name', 'Not authorized (CONNACK return code 5)'],
    [0x87, 'User name', 'Not authorized (CONNACK reason code 0x87)'],
    [0x85, 'Client ID', 'Client identifier not valid (CONNACK reason code 0x85)'],
  ])('code %i is shown at the %s field', (code, field, text) => {
    renderRefused(code);
    const input = screen.getByLabelText(field, { selector: 'input' });
    expect(input).toHaveAccessibleDescription(`The broker refused it: ${text}`);
    for (const other of ['Password', 'User name', 'Client ID'].filter((f) => f !== field)) {
      expect(screen.getByLabelText(other, { selector: 'input' })).not.toHaveAccessibleDescription(/refused/);
    }
  });
});
