import { getIncidents } from '@/lib/content/load';
import { followUpsFeed } from '@/lib/feed/follow-ups-feed';
import { getRemediationLastChanged } from '@/lib/history/library-history';

export const dynamic = 'force-static';

export async function GET() {
  const incidents = await getIncidents();
  return new Response(followUpsFeed(incidents, await getRemediationLastChanged(incidents.map((incident) => incident.file))), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
