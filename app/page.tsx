import { getLibrary } from '@/lib/content/load';
import { indexPage } from '@/lib/incidents/index-page';
import { IncidentIndex } from '@/components/incident-list/IncidentIndex';

export default async function HomePage() {
  const { incidents, errors } = await getLibrary();
  return <IncidentIndex {...indexPage(incidents, 1)} errors={errors} />;
}
