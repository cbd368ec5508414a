import { PageLink } from '../ui/PageLink';
import type { DurationFigure, MeasuredIncident, MemberFigures } from '@/lib/insights/figures';
import type { InsightGroup } from '@/lib/insights/groups';
import { incidentPath } from '@/lib/site';
import { approximately, formatClock, formatDuration, formatSignedDuration } from '@/lib/time/format';
import { tableStyle } from './table-style';
import { StaticHtml } from '../ui/StaticHtml';

const HEADINGS: Record<InsightGroup['dimension'], (label: string) => string> = {
  month: (label) => `Incidents that began in ${label}`,
  severity: (label) => `${label} incidents`,
  service: (label) => `Incidents that affected ${label}`,
};

const rough = (figures: MemberFigures, name: keyof Omit<MemberFigures, 'approximate'>) => figures.approximate.includes(name);

function spread(figure: DurationFigure, missing: string): string {
  if (figure.medianMs === undefined || figure.p90Ms === undefined) return `none (${figure.leftOut} ${missing})`;
  const leftOut = figure.leftOut > 0 ? `; ${figure.leftOut} left out, ${missing}` : '';
  const shown = (name: 'medianMs' | 'p90Ms', ms: number) => approximately(formatSignedDuration(ms), figure.approximate.includes(name));
  return `median ${shown('medianMs', figure.medianMs)}, p90 ${shown('p90Ms', figure.p90Ms)} (of ${figure.counted}${leftOut})`;
}

/** The incidents behind one row of /insights, each with the figures that row was computed from. */
export function InsightGroupPage({ group }: { group: InsightGroup<MeasuredIncident> }) {
  const { figures } = group;
  const summary: [string, string][] = [
    ['Incidents', figures.incidents.toLocaleString('en-US')],
    ['Customer impact', `${approximately(figures.customerImpactMinutes.toLocaleString('en-US'), figures.approximate.includes('customerImpactMinutes'))} min`],
    ['Time to detect', spread(figures.timeToDetect, 'no alert')],
    ['Time to mitigate', spread(figures.timeToMitigate, 'no recovery')],
    ['Time to resolve', spread(figures.timeToResolve, 'none')],
  ];
  return (
    <>
      <p className="text-sm">
        <PageLink href="/insights" className="link">
          Insights
        </PageLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{HEADINGS[group.dimension](group.label)}</h1>
      {group.members.length === 0 ? (
        <p className="mt-4">No incident began in {group.label}: a quiet month between incidents before and after it.</p>
      ) : (
        <>
          <dl className="mt-4 grid gap-1 text-sm">
            {summary.map(([term, value]) => (
              <div key={term}>
                <dt className="inline font-medium">{term}: </dt>
                <dd className="inline tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <StaticHtml>
            <div className="table-scroll mt-6">
              <table className={`${tableStyle('left')} [&_a]:underline`}>
                <caption className="mb-2 text-left text-soft">
                  {group.dimension === 'service'
                    ? `Each incident that affected ${group.label}, newest first, with ${group.label}’s own figures: the time inside the windows that affected it, counted from its own first impact. Time to mitigate runs to the first recovery that concerns it, one naming it or no service; the incident page’s recovery table shows the first naming it.`
                    : 'Each incident of the group and its own figures, newest first.'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Incident</th>
                    <th scope="col">Began</th>
                    <th scope="col">Severity</th>
                    <th scope="col">Customer impact</th>
                    <th scope="col">Time to detect</th>
                    <th scope="col">Time to mitigate</th>
                    <th scope="col">Time to resolve</th>
                  </tr>
                </thead>
                <tbody>
                  {group.members.map(({ incident, figures }) => (
                    <tr key={incident.slug}>
                      <th scope="row">
                        <a href={incidentPath(incident.slug)}>{incident.title}</a>
                      </th>
                      <td className="whitespace-nowrap">{formatClock(incident.metrics.impactStart, incident.timeZone).date}</td>
                      <td>{incident.severity.toUpperCase()}</td>
                      <td>{approximately(formatDuration(figures.customerImpactMs), rough(figures, 'customerImpactMs'))}</td>
                      <td>
                        {figures.timeToDetectMs === undefined
                          ? 'no alert'
                          : approximately(formatSignedDuration(figures.timeToDetectMs), rough(figures, 'timeToDetectMs'))}
                      </td>
                      <td>
                        {figures.timeToMitigateMs === undefined
                          ? 'no recovery'
                          : approximately(formatSignedDuration(figures.timeToMitigateMs), rough(figures, 'timeToMitigateMs'))}
                      </td>
                      <td>
                        {figures.timeToResolveMs === undefined
                          ? 'none'
                          : approximately(formatDuration(figures.timeToResolveMs), rough(figures, 'timeToResolveMs'))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </StaticHtml>
        </>
      )}
    </>
  );
}
