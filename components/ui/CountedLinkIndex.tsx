/** One entry of an index page: a link and how many incidents it leads to. */
export type CountedLink = { key: string; href: string; label: string; incidentCount: number };

/** An index page of links with their counts of incidents: every service, every tag. */
export function CountedLinkIndex({ title, intro, empty, links }: { title: string; intro: string; empty: string; links: CountedLink[] }) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 mb-6 text-soft">{intro}</p>
      {links.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {links.map((link) => (
            <li key={link.key}>
              <a href={link.href} className="inline-block rounded border border-slate-300 px-2 py-1 hover:underline dark:border-slate-700">
                {link.label}{' '}
                <span className="text-muted">
                  ({link.incidentCount} {link.incidentCount === 1 ? 'incident' : 'incidents'})
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
