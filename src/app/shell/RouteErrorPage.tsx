import { Alert, Button, Container, Stack, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last line of defence: a render error shows a readable page instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  const chunkFailed = error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
  const message = chunkFailed
    ? navigator.onLine
      ? 'This part of the console could not be downloaded. It may have been updated on the server: reload to get the new version.'
      : 'This part of the console could not be downloaded because you are offline. Reload once the connection is back.'
    : isRouteErrorResponse(error)
      ? `${error.status} ${error.statusText}`
      : error instanceof Error
        ? error.message
        : 'Unknown error';
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>Something went wrong</Title>
        <Alert color="red" role="alert">
          {message}
        </Alert>
        <Button onClick={() => window.location.reload()} w="fit-content">
          Reload the console
        </Button>
      </Stack>
    </Container>
  );
}
