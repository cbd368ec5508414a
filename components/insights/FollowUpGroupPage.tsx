import { PageLink } from '../ui/PageLink';
import type { FollowUpGroup } from '@/lib/insights/open-follow-ups';
import { incidentPath } from '@/lib/site';
import { tableStyle } from './table-style';
import { StaticHtml } from '../ui/StaticHtml';
import { STATUS_LABELS } from '../remediations/remediation-labels';

/** The open follow-ups behind one number of /insights. */
export function FollowUpGroupPage({ group, asOf }: { group: FollowUpGroup; asOf: string }) {
  const title = group.dimension === 'age' ? `Open follow-ups, ${group.label.toLowerCase()} old` : `Open follow-ups for ${group.label}`;
  return (
    <>
      <p className="text-sm">
        <PageLink href="/insights#open-follow-ups">
          Insights
        </PageLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 text-soft">
        {group.followUps.length.toLocaleString('en-US')} open, oldest first, aged as of <time dateTime={asOf}>{asOf}</time>.
      </p>
      {group.followUps.length > 0 && (
        <StaticHtml>
          <div className="table-scroll mt-6">
            <table className={`${tableStyle('left')} [&_a]:underline`}>
              <thead>
                <tr>
                  <th scope="col">Follow-up</th>
                  <th scope="col">Status</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                  <th scope="col" className="text-right!">
                    Age (days)
                  </th>
                  <th scope="col">Incident</th>
                </tr>
              </thead>
              <tbody>
                {group.followUps.map(({ incidentSlug, incidentTitle, remediation, ageDays }) => (
                  <tr key={`${incidentSlug}#${remediation.id}`}>
                    <th scope="row">
                      <a href={`${incidentPath(incidentSlug)}#${remediation.id}`}>
                        {remediation.title}
                      </a>
                    </th>
                    <td className="whitespace-nowrap">{STATUS_LABELS[remediation.status]}</td>
                    <td>{remediation.owner ?? '—'}</td>
                    <td className="whitespace-nowrap">{remediation.due ?? '—'}</td>
                    <td className="text-right!">{ageDays.toLocaleString('en-US')}</td>
                    <td className="min-w-52">
                      <a href={incidentPath(incidentSlug)}>{incidentTitle}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </StaticHtml>
      )}
    </>
  );
}
