import type { Dimension, InsightGroup } from '@/lib/insights/groups';
import { approximately, formatDuration } from '@/lib/time/format';
import { BarChart } from './BarChart';
import { BreakdownTable } from './BreakdownTable';
import { ColumnChart } from './ColumnChart';

const GROUP_HEADINGS: Record<Dimension, string> = { month: 'Month', severity: 'Severity', service: 'Service' };
const MINUTE = 60_000;

/** One breakdown of the library: charts of its main figures, then the table with all of them. */
export function BreakdownSection({ dimension, title, groups }: { dimension: Dimension; title: string; groups: readonly InsightGroup[] }) {
  const id = `by-${dimension}`;
  const resolve = (group: InsightGroup) => group.figures.timeToResolve;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-12">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold tracking-tight">
        {title}
      </h2>
      <figure className="mt-4 flex flex-wrap gap-6">
        {dimension === 'month' ? (
          <>
            <ColumnChart
              title="Incidents per month"
              columns={groups.map((group) => ({ key: group.key, label: group.label, value: group.figures.incidents }))}
              maxText={(max) => String(max)}
            />
            <ColumnChart
              title="Customer impact per month (minutes)"
              columns={groups.map((group) => ({ key: group.key, label: group.label, value: group.figures.customerImpactMinutes }))}
              maxText={(max) => max.toLocaleString('en-US')}
            />
            <ColumnChart
              title="Time to resolve per month: median, p90 (faint)"
              columns={groups.map((group) => ({
                key: group.key,
                label: group.label,
                value: (resolve(group).medianMs ?? 0) / MINUTE,
                upper: (resolve(group).p90Ms ?? 0) / MINUTE,
              }))}
              maxText={(max) => formatDuration(max * MINUTE)}
            />
          </>
        ) : (
          <>
            <BarChart
              title="Incidents"
              bars={groups.map((group) => ({ label: group.label, value: group.figures.incidents, text: String(group.figures.incidents) }))}
            />
            <BarChart
              title="Customer impact (minutes)"
              bars={groups.map((group) => ({
                label: group.label,
                value: group.figures.customerImpactMinutes,
                text: approximately(group.figures.customerImpactMinutes.toLocaleString('en-US'), group.figures.approximate.includes('customerImpactMinutes')),
              }))}
            />
            <BarChart
              title="Time to resolve: median, p90 (faint)"
              bars={groups.map((group) => {
                const { medianMs, p90Ms, approximate } = resolve(group);
                return {
                  label: group.label,
                  value: medianMs ?? 0,
                  upper: p90Ms ?? 0,
                  text:
                    medianMs === undefined || p90Ms === undefined
                      ? '—'
                      : `${approximately(formatDuration(medianMs), approximate.includes('medianMs'))} · p90 ${approximately(formatDuration(p90Ms), approximate.includes('p90Ms'))}`,
                };
              })}
            />
          </>
        )}
        <figcaption className="sr-only">{title}: the table below has every figure of these charts.</figcaption>
      </figure>
      <div className="mt-6">
        <BreakdownTable caption={`${title}: every figure links to the incidents it came from.`} groupHeading={GROUP_HEADINGS[dimension]} groups={groups} />
      </div>
    </section>
  );
}
