import { PageLink } from '../ui/PageLink';
import { indexPagePath } from '@/lib/incidents/pagination';

/**
 * What a later page of the index says when every incident fits on the first:
 * an old link goes on to the first page, with or without JavaScript, in the
 * server and in the static export alike.
 */
export function FirstPageOnly() {
  const first = indexPagePath(1);
  return (
    <div className="py-16">
      <meta httpEquiv="refresh" content={`0; url=${first}`} />
      <h1 className="text-3xl font-bold tracking-tight">Every incident is on one page</h1>
      <p className="mt-6">
        <PageLink href={first} className="link">
          See all incidents
        </PageLink>
      </p>
    </div>
  );
}
