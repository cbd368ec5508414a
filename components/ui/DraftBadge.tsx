/** Drafts appear only while writing (`npm run dev`); the badge says why a reader of the dev server sees it. */
export function DraftBadge() {
  return (
    <span className="rounded border border-dashed border-amber-600 px-1.5 py-0.5 text-xs font-semibold text-amber-800 dark:text-amber-300">
      Draft, not published
    </span>
  );
}
