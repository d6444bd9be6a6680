import { ResourceBreadcrumbs } from '../../../components/ResourcePageHeader';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { useProfile } from '../../../lib/use-profiles';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { useCreateHub } from '../api/use-create-hub';
import { createHubRequest, HubForm } from '../components/HubForm';

export function CreateHubPage() {
  const region = useScalewayRegion();
  const profile = useProfile('scaleway');
  const navigate = useNavigate();
  const createHub = useCreateHub(region);
  return (
    <>
      <ResourceBreadcrumbs list="Hubs" to={`/hubs?region=${region}`} current="Create hub" />
      <PageTitle title="Create hub" subtitle={`The hub will be created in ${region}. Change the region in the header.`} />
      <HubForm
        mode="create"
        submitLabel="Create hub"
        defaultProjectId={profile.projectId}
        onCancel={() => navigate(`/hubs?region=${region}`)}
        onSubmit={async (values) => {
          const hub = await createHub.mutateAsync(createHubRequest(values));
          notifications.show({ color: 'teal', title: 'Hub created', message: `${hub.name} is being enabled.` });
          navigate(`/hubs/${hub.region}/${hub.id}`, { replace: true });
        }}
      />
    </>
  );
}
