import type { IncidentSummary } from '@/lib/incidents/summary';
import { IncidentSummaryCard } from './IncidentSummaryCard';

export function IncidentList({ incidents }: { incidents: readonly IncidentSummary[] }) {
  return (
    <ol className="flex flex-col gap-6">
      {incidents.map((incident) => (
        <li key={incident.slug}>
          <IncidentSummaryCard incident={incident} />
        </li>
      ))}
    </ol>
  );
}
