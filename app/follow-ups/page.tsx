import type { Metadata } from 'next';
import { getIncidents } from '@/lib/content/load';
import { FOLLOW_UPS_FEED } from '@/lib/feed/follow-ups-feed';
import { followUpFacets, followUpRows } from '@/lib/follow-ups/rows';
import { buildTime } from '@/lib/time/build-time';
import { utcDate } from '@/lib/time/calendar-date';
import { FollowUpsPage } from '@/components/follow-ups/FollowUpsPage';

export const metadata: Metadata = {
  title: 'Follow-ups',
  description: 'Every remediation of every published incident: status, owner, priority and due date.',
  alternates: {
    canonical: FOLLOW_UPS_FEED.pagePath,
    types: { 'application/atom+xml': [{ url: FOLLOW_UPS_FEED.selfPath, title: FOLLOW_UPS_FEED.title }] },
  },
};

export default async function Page() {
  const rows = followUpRows(await getIncidents());
  return <FollowUpsPage rows={rows} buildDate={utcDate(buildTime())} {...followUpFacets(rows)} />;
}
