import { getIncidents } from '@/lib/content/load';
import { atomFeed } from '@/lib/feed/atom';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(atomFeed(await getIncidents()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
