import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors/api-error';
import { AddCertificateForm } from './AddCertificateForm';

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase()).join(':');
const mutateAsync = vi.fn();

vi.mock('../api/use-add-certificate', () => ({ useAddCertificate: () => ({ mutateAsync, isPending: false }) }));

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // A data router: the form's unsaved-changes guard blocks navigation through it.
  const router = createMemoryRouter([{ path: '/', element: <AddCertificateForm deviceId="device-1" existing={[]} /> }]);
  return render(
    <QueryClientProvider client={client}>
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>
    </QueryClientProvider>,
  );
}

/** Types a valid fingerprint and submits it; the hub answers with `error`. Returns the field. */
function submitRefused(error: ApiError) {
  mutateAsync.mockRejectedValueOnce(error);
  renderForm();
  const field = screen.getByLabelText('Certificate fingerprint (SHA-256)');
  fireEvent.change(field, { target: { value: FINGERPRINT } });
  fireEvent.click(screen.getByRole('button', { name: 'Add certificate' }));
  return field;
}

describe('AddCertificateForm: the hub refuses the certificate', () => {
  it('shows a refusal about the fingerprint at its field, and keeps what was typed', async () => {
    const field = submitRefused(new ApiError({ provider: 'nexigon', status: 400, code: 'invalid', message: 'The fingerprint is revoked elsewhere' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining('The fingerprint is revoked elsewhere')));
    expect(field).toHaveValue(FINGERPRINT);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says any other refusal above the button, and keeps what was typed', async () => {
    const field = submitRefused(new ApiError({ provider: 'nexigon', status: 503, code: 'unavailable', message: 'Database unavailable' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Database unavailable');
    expect(field).toHaveValue(FINGERPRINT);
  });
});
