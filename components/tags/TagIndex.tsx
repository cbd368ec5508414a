import type { Tag } from '@/lib/incidents/tags';
import { incidentsCarrying, tagPath } from '@/lib/incidents/tags';

export function TagIndex({ tags }: { tags: Tag[] }) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Tags</h1>
      <p className="mt-2 mb-6 text-soft">
        Every tag on an incident or a contributing factor, with how many incidents carry it.
      </p>
      {tags.length === 0 ? (
        <p>No incident has tags yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {tags.map((tag) => {
            const count = incidentsCarrying(tag).length;
            return (
              <li key={tag.tag}>
                <a href={tagPath(tag.tag)} className="inline-block rounded border border-slate-300 px-2 py-1 hover:underline dark:border-slate-700">
                  #{tag.tag}{' '}
                  <span className="text-muted">
                    ({count} {count === 1 ? 'incident' : 'incidents'})
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
