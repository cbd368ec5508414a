import type { ExcerptPart, SearchHit } from '@/lib/search/search-hit';
import { SeverityBadge } from '../ui/SeverityBadge';

/** One search result: the incident, the place in it that matches (where the link lands) and the words around the match. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const facts = [hit.date, hit.organization].filter((fact): fact is string => fact !== undefined);
  return (
    <article className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <p className="facts">
        {facts.map((fact) => (
          <span key={fact}>{fact}</span>
        ))}
        {hit.severity && (
          <span>
            <SeverityBadge severity={hit.severity} />
          </span>
        )}
        {hit.impact && <span>Impact {hit.impact}</span>}
      </p>
      <h2 className="mt-2 text-xl font-semibold tracking-tight">
        <a href={hit.url} className="hover:underline">
          <Marked parts={hit.title} />
        </a>
      </h2>
      {hit.place && (
        <p className="mt-1 text-sm font-medium">
          <Marked parts={hit.place} />
        </p>
      )}
      {hit.excerpt.length > 0 && (
        <p className="mt-2 text-soft">
          <Marked parts={hit.excerpt} />
        </p>
      )}
    </article>
  );
}

/** Text with its matches marked. */
function Marked({ parts }: { parts: readonly ExcerptPart[] }) {
  return parts.map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-700">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
