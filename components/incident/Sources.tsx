import type { Incident } from '@/lib/content/load';

export function Sources({ incident }: { incident: Incident }) {
  if (incident.sources.length === 0) return null;
  return (
    <section id="sources" aria-labelledby="sources-heading" className="mt-12">
      <h2 id="sources-heading" className="text-2xl font-semibold tracking-tight">
        Sources
      </h2>
      <ul className="mt-3 list-disc pl-6">
        {incident.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} className="underline underline-offset-2" rel="noopener noreferrer">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
