import { getIncidents } from '@/lib/content/load';
import { followUpsCsv } from '@/lib/follow-ups/csv';
import { followUpRows } from '@/lib/follow-ups/rows';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(followUpsCsv(followUpRows(await getIncidents())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
}
