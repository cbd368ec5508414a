/** What a missing page says: static, so written once as HTML (StaticHtml). */
export function NotFoundMessage() {
  return (
    <div className="py-16">
      <h1 className="text-3xl font-bold tracking-tight">No such page</h1>
      <p className="mt-4 text-soft">There is no page at this address. It may have been renamed, or the link may be mistyped.</p>
      <p className="mt-6">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- static HTML cannot hold next/link, a client component; a full load of the index is fine here */}
        <a href="/" className="link">
          See all incidents
        </a>
      </p>
    </div>
  );
}
