import { Notifications } from '@mantine/notifications';

/** Its own module so the container (transitions, portal) can load after the first paint. */
export default function NotificationsContainer() {
  return <Notifications position="top-right" />;
}
