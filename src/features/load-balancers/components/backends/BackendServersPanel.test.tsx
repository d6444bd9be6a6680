import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../api/errors/api-error';
import { addBackendServers, removeBackendServers, setBackendServers } from '../../../../api/scaleway-lb/client';
import type { Backend } from '../../../../api/scaleway-lb/types';
import { createTestQueryClient } from '../../../../test/render';
import { BackendServersPanel } from './BackendServersPanel';

vi.mock('../../../../api/scaleway-lb/client', () => ({ addBackendServers: vi.fn(), removeBackendServers: vi.fn(), setBackendServers: vi.fn() }));
const add = vi.mocked(addBackendServers);
const remove = vi.mocked(removeBackendServers);
const replace = vi.mocked(setBackendServers);

const backend = (pool: string[]) => ({ id: 'be-1', name: 'brokers', pool }) as unknown as Backend;

function renderPanel(pool: string[]) {
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <MantineProvider>
        <BackendServersPanel backend={backend(pool)} region="fr-par" lbId="lb-1" disabled={false} />
      </MantineProvider>
    </QueryClientProvider>,
  );
}

const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

// jsdom has no FontFaceSet; Mantine's autosize textarea listens to it.
Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: () => undefined, removeEventListener: () => undefined } });

afterEach(() => vi.resetAllMocks());

describe('BackendServersPanel: the pool of an existing backend', () => {
  it('names a bad line and a server already in the pool before sending, and forgets the problems when the text changes', async () => {
    renderPanel(['10.0.0.1']);
    type('Add servers', '10.0.0.1\nnot-an-ip');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const field = screen.getByRole('textbox', { name: 'Add servers' });
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Line 2 \("not-an-ip"\).*10\.0\.0\.1 is already in the pool/));
    expect(add).not.toHaveBeenCalled();
    type('Add servers', '10.0.0.2');
    await waitFor(() => expect(field).not.toHaveAccessibleDescription(/already in the pool/));
  });

  it('adds servers, shows the new pool and empties the field', async () => {
    add.mockResolvedValue(backend(['10.0.0.1', '10.0.0.2']));
    renderPanel(['10.0.0.1']);
    type('Add servers', '10.0.0.2');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Servers (2)' })).toBeInTheDocument());
    expect(add).toHaveBeenCalledWith({ region: 'fr-par', backendId: 'be-1', body: { server_ip: ['10.0.0.2'] } });
    expect(screen.getByRole('textbox', { name: 'Add servers' })).toHaveValue('');
    expect(screen.getByRole('table', { name: 'Servers of brokers' })).toHaveTextContent('10.0.0.2');
  });

  it('puts the API refusal of an add under the field, by server', async () => {
    add.mockRejectedValue(new ApiError({ provider: 'scaleway', status: 400, code: 'invalid_arguments', message: 'invalid argument(s)', fields: { 'server_ip.0': ['not reachable'] } }));
    renderPanel(['10.0.0.1']);
    type('Add servers', '10.0.0.9');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Add servers' })).toHaveAccessibleDescription(/Server 1: not reachable/));
  });

  it('removes one server', async () => {
    remove.mockResolvedValue(backend(['10.0.0.2']));
    renderPanel(['10.0.0.1', '10.0.0.2']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove server 10.0.0.1' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Servers (1)' })).toBeInTheDocument());
    expect(remove).toHaveBeenCalledWith({ region: 'fr-par', backendId: 'be-1', body: { server_ip: ['10.0.0.1'] } });
  });

  it('replaces the whole list, starting from the current pool, and closes the editor', async () => {
    replace.mockResolvedValue(backend(['10.0.0.7']));
    renderPanel(['10.0.0.1', '10.0.0.2']);
    fireEvent.click(screen.getByRole('button', { name: 'Replace the whole list' }));
    expect(screen.getByRole('textbox', { name: 'All servers' })).toHaveValue('10.0.0.1\n10.0.0.2');
    type('All servers', '10.0.0.7');
    fireEvent.click(screen.getByRole('button', { name: 'Replace servers' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Servers (1)' })).toBeInTheDocument());
    expect(replace).toHaveBeenCalledWith({ region: 'fr-par', backendId: 'be-1', body: { server_ip: ['10.0.0.7'] } });
    expect(screen.queryByRole('textbox', { name: 'All servers' })).not.toBeInTheDocument();
  });
});
