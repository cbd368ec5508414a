import type { Insights } from '@/lib/insights/insights';
import type { MeasuredIncident } from '@/lib/insights/figures';
import { BreakdownSection } from './BreakdownSection';
import { FollowUpSection } from './FollowUpSection';

const DEFINITIONS: [string, string][] = [
  ['Customer impact', 'time covered by at least one impact window, overlaps counted once; summed over the incidents, in minutes'],
  ['Time to detect', 'from the start of impact to the first alert (negative when the alert fired first); incidents without an alert are left out and counted under “no alert”'],
  ['Time to mitigate', 'from the start of impact to the first recovery event; incidents without one are left out and counted under “no recovery”'],
  ['Time to resolve', 'from the start of impact to the end of the last impact window'],
  ['Median and p90', 'nearest rank: the smallest value with at least half (90 %) of the incidents at or below it, so each is one incident’s own figure'],
];

/** /insights: the library by month, severity and service, and the follow-ups still open. */
export function InsightsPage({ insights }: { insights: Insights<MeasuredIncident> }) {
  const asOf = insights.asOf.toISOString().slice(0, 10);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Insights</h1>
      <p className="mt-2 max-w-3xl text-soft">
        {insights.total.toLocaleString('en-US')} published {insights.total === 1 ? 'incident' : 'incidents'}, by the month impact began (in
        each incident’s own time zone), by severity and by affected service. Durations are skewed, so these are medians and 90th
        percentiles, not means. Every number in a table links to the incidents it came from.
      </p>
      <nav aria-label="On this page" className="mt-6 flex flex-wrap gap-x-4 gap-y-2 border-y border-slate-200 py-3 text-sm dark:border-slate-800">
        {insights.breakdowns.map((breakdown) => (
          <a key={breakdown.dimension} href={`#by-${breakdown.dimension}`} className="underline-offset-2 hover:underline">
            {breakdown.title}
          </a>
        ))}
        <a href="#open-follow-ups" className="underline-offset-2 hover:underline">
          Open follow-ups
        </a>
      </nav>
      <dl className="mt-6 grid max-w-3xl gap-2 text-sm">
        {DEFINITIONS.map(([term, definition]) => (
          <div key={term}>
            <dt className="inline font-medium">{term}: </dt>
            <dd className="inline text-soft">{definition}.</dd>
          </div>
        ))}
      </dl>
      {insights.breakdowns.map((breakdown) => (
        <BreakdownSection key={breakdown.dimension} {...breakdown} />
      ))}
      <FollowUpSection {...insights.followUps} asOf={asOf} />
    </>
  );
}
