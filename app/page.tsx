import { getIncidents } from '@/lib/content/load';
import { IncidentList } from '@/components/incident-list/IncidentList';

export default async function HomePage() {
  const incidents = await getIncidents();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Incident postmortems</h1>
      <p className="mt-2 mb-8 text-slate-700 dark:text-slate-300">
        {incidents.length} {incidents.length === 1 ? 'incident' : 'incidents'}, newest first.
      </p>
      <IncidentList incidents={incidents} />
    </>
  );
}
