import { indexPagePath } from '@/lib/incidents/pagination';

export function Pagination({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of incidents" className="mt-8 flex flex-wrap items-center gap-2 text-sm print:hidden">
      {page > 1 && (
        <a href={indexPagePath(page - 1)} rel="prev" className="link">
          Newer
        </a>
      )}
      {Array.from({ length: pages }, (_, i) => i + 1).map((n) =>
        n === page ? (
          <span key={n} aria-current="page" className="rounded bg-slate-900 px-2 py-0.5 text-white dark:bg-slate-100 dark:text-slate-900">
            {n}
          </span>
        ) : (
          <a key={n} href={indexPagePath(n)} className="link px-2 py-0.5">
            {n}
          </a>
        ),
      )}
      {page < pages && (
        <a href={indexPagePath(page + 1)} rel="next" className="link">
          Older
        </a>
      )}
    </nav>
  );
}
