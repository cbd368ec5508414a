import type { Metadata } from 'next';
import { getIncidents } from '@/lib/content/load';
import { insightsOf } from '@/lib/insights/insights';
import { buildTime } from '@/lib/time/build-time';
import { InsightsPage } from '@/components/insights/InsightsPage';

export const metadata: Metadata = {
  title: 'Insights',
  description: 'Incidents, customer impact and time to detect, mitigate and resolve by month, severity and service; open follow-ups by age and service.',
  alternates: { canonical: '/insights' },
};

export default async function Page() {
  return <InsightsPage insights={insightsOf(await getIncidents(), buildTime())} />;
}
