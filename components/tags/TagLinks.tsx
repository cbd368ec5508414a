import { tagPath } from '@/lib/incidents/tags';

export function TagLinks({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{label}:</span>
      {tags.map((tag) => (
        <a key={tag} href={tagPath(tag)} className="rounded border border-slate-300 px-2 py-0.5 hover:underline dark:border-slate-700">
          #{tag}
        </a>
      ))}
    </p>
  );
}
