import { FOLLOW_UPS_FEED } from '@/lib/feed/follow-ups-feed';
import type { FollowUpFacets, FollowUpRow } from '@/lib/follow-ups/rows';
import type { CalendarDate } from '@/lib/time/calendar-date';
import { FollowUpControls } from './FollowUpControls';
import { FOLLOW_UP_ROWS_ID, FollowUpTable } from './FollowUpTable';
import { StaticHtml } from '../ui/StaticHtml';

type FollowUpsPageProps = FollowUpFacets & {
  rows: FollowUpRow[];
  buildDate: CalendarDate;
};

export function FollowUpsPage({ rows, buildDate, ...facets }: FollowUpsPageProps) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Follow-ups</h1>
      <p className="mt-2 mb-6 max-w-3xl text-soft">
        Every remediation of every published incident: the follow-ups, and the actions taken during the incident (Timing tells
        them apart). A follow-up is overdue when its due date has passed and it is neither done nor dropped. Also as{' '}
        <a href="/follow-ups.csv" className="link" download>
          CSV
        </a>
        ; changes to follow-ups as an{' '}
        <a href={FOLLOW_UPS_FEED.selfPath} className="link">
          Atom feed
        </a>
        .
      </p>
      <FollowUpControls tableId={FOLLOW_UP_ROWS_ID} total={rows.length} buildDate={buildDate} {...facets} />
      {/* One row per follow-up of the whole library: written into the page once, not again in its payload. */}
      <StaticHtml>
        <FollowUpTable rows={rows} buildDate={buildDate} />
      </StaticHtml>
    </>
  );
}
