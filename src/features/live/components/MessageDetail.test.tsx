import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FullMessage } from '../../../mqtt/types';
import { MessageDetail, TEXT_LIMIT_CHARS } from './MessageDetail';

const enc = new TextEncoder();

function message(payload: Uint8Array | string, extra: Partial<FullMessage> = {}): FullMessage {
  const bytes = typeof payload === 'string' ? enc.encode(payload) : payload;
  return { seq: 1, time: Date.UTC(2026, 0, 2, 3, 4, 5), topic: 'devices/d_1/events', qos: 1, retain: true, dup: false, size: bytes.length, payload: bytes, properties: null, subscriptions: ['devices/#'], color: 'blue', ...extra };
}

function renderDetail(m: FullMessage) {
  return render(
    <MantineProvider>
      <MessageDetail message={m} />
    </MantineProvider>,
  );
}

describe('MessageDetail', () => {
  it('opens JSON formatted and shows the MQTT 5 properties', () => {
    renderDetail(
      message('{"severity":"Critical"}', {
        properties: {
          contentType: 'application/json',
          messageExpiryInterval: 3600,
          responseTopic: 'devices/d_1/ack',
          correlationData: enc.encode('req-42'),
          userProperties: [
            { key: 'project', value: 'cold-chain' },
            { key: 'project', value: 'eu' },
          ],
        },
      }),
    );
    expect(screen.getByLabelText('Payload as JSON').textContent).toBe('{\n  "severity": "Critical"\n}');
    const props = screen.getByRole('table', { name: 'MQTT 5 properties' });
    for (const text of ['application/json', '3600 s', 'devices/d_1/ack', 'req-42', 'User property: project', 'cold-chain', 'eu']) expect(props.textContent).toContain(text);
    expect(screen.getByText(/2026-01-02T03:04:05.000Z · QoS 1 · retained/)).toBeInTheDocument();
  });

  it('falls back to hex for invalid UTF-8, and to text for invalid JSON', async () => {
    const user = userEvent.setup();
    renderDetail(message(new Uint8Array([0xc3, 0x28, 0x41])));
    expect(screen.getByRole('tab', { name: 'Hex' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'Text' }));
    expect(screen.getByText('This payload is not valid UTF-8: shown as hex.')).toBeInTheDocument();
    expect(screen.getByLabelText('Payload as hex').textContent).toContain('c3 28 41');
  });

  it('renders markup as text', () => {
    const { container } = renderDetail(message('<img src=x onerror=alert(1)><script>alert(2)</script>'));
    expect(screen.getByLabelText('Payload as text').textContent).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('truncates a large payload and shows all on request', async () => {
    const user = userEvent.setup();
    renderDetail(message('x'.repeat(TEXT_LIMIT_CHARS + 10)));
    expect(screen.getByLabelText('Payload as text').textContent).toHaveLength(TEXT_LIMIT_CHARS);
    expect(screen.getByText(/Showing the first/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(screen.getByLabelText('Payload as text').textContent).toHaveLength(TEXT_LIMIT_CHARS + 10);
  });
});
