import type { Incident } from '@/lib/content/load';
import { PageSection } from '../ui/PageSection';

export function Sources({ incident }: { incident: Incident }) {
  if (incident.sources.length === 0) return null;
  return (
    <PageSection id="sources" title="Sources">
      <ul className="mt-3 list-disc pl-6">
        {incident.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} className="link" rel="noopener noreferrer">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
