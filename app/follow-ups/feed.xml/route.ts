import { getIncidents } from '@/lib/content/load';
import { followUpsFeed } from '@/lib/feed/follow-ups-feed';
import { getLastChanged } from '@/lib/history/library-history';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(followUpsFeed(await getIncidents(), await getLastChanged()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
