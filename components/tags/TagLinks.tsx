import { tagPath } from '@/lib/incidents/tags';

export function TagLinks({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">Tags:</span>
      {tags.map((tag) => (
        <a key={tag} href={tagPath(tag)} className="tag-chip">
          #{tag}
        </a>
      ))}
    </p>
  );
}
