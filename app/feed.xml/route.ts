import { getIncidents } from '@/lib/content/load';
import { atomFeed, SITE_FEED } from '@/lib/feed/atom';
import { getLastChanged } from '@/lib/history/library-history';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(atomFeed(await getIncidents(), { ...SITE_FEED, lastChanged: await getLastChanged() }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
