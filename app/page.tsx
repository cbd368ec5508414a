import { getLibrary } from '@/lib/content/load';
import { IncidentIndex } from '@/components/incident-list/IncidentIndex';

export default async function HomePage() {
  const { incidents, errors } = await getLibrary();
  return <IncidentIndex incidents={incidents} errors={errors} />;
}
