import type { Tag } from '@/lib/incidents/tags';
import { tagPath } from '@/lib/incidents/tags';

export function TagIndex({ tags }: { tags: Tag[] }) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Tags</h1>
      <p className="mt-2 mb-6 text-soft">
        Every tag on an incident or a contributing factor, with how many carry it.
      </p>
      {tags.length === 0 ? (
        <p>No incident has tags yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li key={tag.tag}>
              <a href={tagPath(tag.tag)} className="inline-block rounded border border-slate-300 px-2 py-1 hover:underline dark:border-slate-700">
                #{tag.tag} <span className="text-muted">({tag.incidents.length + tag.factors.length})</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
