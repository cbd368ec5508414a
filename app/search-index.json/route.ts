import { getIncidents } from '@/lib/content/load';
import { searchEntry } from '@/lib/incidents/summary';

export const dynamic = 'force-static';

export async function GET() {
  return Response.json((await getIncidents()).map(searchEntry));
}
