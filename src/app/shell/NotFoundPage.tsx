import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';

export function NotFoundPage() {
  return (
    <>
      <PageTitle title="Page not found" />
      <Text>
        There is no page at this address. Go to the <Anchor component={Link} to="/hubs">hubs</Anchor>.
      </Text>
    </>
  );
}
