import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors/api-error';
import { createDevice, queryProjects } from '../../../api/nexigon/client';
import { renderWithProviders } from '../../../test/render';
import { CreateDevicePage } from './CreateDevicePage';

vi.mock('../../../api/nexigon/client', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  queryProjects: vi.fn(),
  createDevice: vi.fn(),
}));
const projects = vi.mocked(queryProjects);
const create = vi.mocked(createDevice);

const PROJECT = 'p_Lab';
const FINGERPRINT = `d_sk_${'Kq7'.repeat(14)}Zz`;

afterEach(() => {
  projects.mockReset();
  create.mockReset();
});

async function fillAndSubmit() {
  const user = userEvent.setup();
  renderWithProviders(<CreateDevicePage />, { url: `/devices/new?project=${PROJECT}`, path: 'devices/new' });
  await screen.findByRole('option', { name: 'Lab' });
  await user.type(screen.getByLabelText(/Device fingerprint/), FINGERPRINT);
  await user.type(screen.getByLabelText(/^Name/), 'gateway-7');
  await user.click(screen.getByRole('button', { name: 'Create device' }));
}

describe('CreateDevicePage', () => {
  it('puts a refusal about the fingerprint at that field, keeping what was typed', async () => {
    projects.mockResolvedValue([{ projectId: PROJECT, name: 'Lab' }] as Awaited<ReturnType<typeof queryProjects>>);
    create.mockRejectedValue(new ApiError({ provider: 'nexigon', status: 400, code: 'invalid', message: 'a device with this fingerprint already exists in the project' }));
    await fillAndSubmit();

    const fingerprint = screen.getByLabelText(/Device fingerprint/);
    await waitFor(() => expect(fingerprint).toBeInvalid());
    expect(fingerprint).toHaveAccessibleDescription(expect.stringContaining('a device with this fingerprint already exists in the project'));
    expect(create).toHaveBeenCalledWith({ projectId: PROJECT, fingerprint: FINGERPRINT });
    expect(fingerprint).toHaveValue(FINGERPRINT);
    expect(screen.getByLabelText(/^Name/)).toHaveValue('gateway-7');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says any other refusal in the form alert', async () => {
    projects.mockResolvedValue([{ projectId: PROJECT, name: 'Lab' }] as Awaited<ReturnType<typeof queryProjects>>);
    create.mockRejectedValue(new ApiError({ provider: 'nexigon', status: 500, code: 'internal', message: 'The hub is unavailable' }));
    await fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The device was not created');
    expect(alert).toHaveTextContent('The hub is unavailable');
    expect(screen.getByLabelText(/Device fingerprint/)).toHaveValue(FINGERPRINT);
  });
});
