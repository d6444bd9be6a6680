import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clearSignInRequired, isSignInRequired, reportSignInRequired } from '../../api/console-auth';
import { AccountMenu } from './AccountMenu';
import { SessionExpiredDialog } from './SessionExpiredDialog';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  clearSignInRequired();
});
afterAll(() => server.close());

const ALICE = { sub: 'alice', email: 'alice@example.com', name: 'Alice Operator', expiresAt: '2030-01-01T00:00:00.000Z' };
const signedIn = () => http.get('/auth/me', ({ request }) => (request.headers.get('X-IOTC-Request') === '1' ? HttpResponse.json(ALICE) : new HttpResponse(null, { status: 403 })));
const expired = () => http.get('/auth/me', () => HttpResponse.json({ error: 'sign_in_required' }, { status: 401, headers: { 'X-IOTC-Auth': 'sign-in-required' } }));

function renderWith(children: ReactNode, client = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  return render(
    // env="test": no transitions or portals, so opened menus and dialogs are there at once.
    <MantineProvider env="test">
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>,
  );
}

describe('AccountMenu', () => {
  it('shows who is signed in, and signs out through the server', async () => {
    let loggedOut = false;
    server.use(
      signedIn(),
      http.post('/auth/logout', ({ request }) => ((loggedOut = request.headers.get('X-IOTC-Request') === '1'), new HttpResponse(null, { status: 204 }))),
    );
    const assign = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign });
    renderWith(<AccountMenu />);
    const button = await screen.findByRole('button', { name: 'Signed in as Alice Operator' });
    await userEvent.click(button);
    expect(await screen.findByText('alice@example.com')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/auth/signed-out'));
    expect(loggedOut).toBe(true);
  });

  it('asks to sign in again when the session is already gone', async () => {
    server.use(expired());
    renderWith(<AccountMenu />);
    await waitFor(() => expect(isSignInRequired()).toBe(true));
    expect(screen.queryByRole('button', { name: /Signed in as/ })).toBeNull();
  });
});

describe('SessionExpiredDialog', () => {
  it('opens sign-in in a new tab, keeps the page, and closes once signed in again', async () => {
    server.use(expired());
    renderWith(<SessionExpiredDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => reportSignInRequired());
    const dialog = await screen.findByRole('dialog', { name: 'Your session expired' });
    expect(dialog).toHaveTextContent('Nothing on this page is lost');
    const link = screen.getByRole('link', { name: 'Sign in again' });
    expect(link).toHaveAttribute('href', '/auth/login?returnTo=%2Fauth%2Fsigned-in');
    expect(link).toHaveAttribute('target', '_blank');

    // Back from the other tab: the next check finds a session, and the prompt closes.
    server.use(signedIn());
    act(() => window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(isSignInRequired()).toBe(false);
  });

  it('can be put off with "Not now"', async () => {
    renderWith(<SessionExpiredDialog />);
    act(() => reportSignInRequired());
    await userEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
