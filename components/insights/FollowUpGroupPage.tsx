import Link from 'next/link';
import type { FollowUpGroup } from '@/lib/insights/open-follow-ups';
import { incidentPath } from '@/lib/site';

const cell = 'border-b border-slate-200 px-2 py-1 dark:border-slate-800';
const head = 'border-b border-slate-300 px-2 py-1 text-left font-medium dark:border-slate-700';

/** The open follow-ups behind one number of /insights. */
export function FollowUpGroupPage({ group, asOf }: { group: FollowUpGroup; asOf: string }) {
  const title = group.dimension === 'age' ? `Open follow-ups, ${group.label.toLowerCase()} old` : `Open follow-ups for ${group.label}`;
  return (
    <>
      <p className="text-sm">
        <Link href="/insights#open-follow-ups" className="underline underline-offset-2">
          Insights
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {group.followUps.length.toLocaleString('en-US')} open, oldest first, aged as of <time dateTime={asOf}>{asOf}</time>.
      </p>
      {group.followUps.length > 0 && (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr>
                <th scope="col" className={head}>Follow-up</th>
                <th scope="col" className={head}>Incident</th>
                <th scope="col" className={head}>Status</th>
                <th scope="col" className={head}>Owner</th>
                <th scope="col" className={head}>Due</th>
                <th scope="col" className={head}>Age (days)</th>
              </tr>
            </thead>
            <tbody>
              {group.followUps.map(({ incidentSlug, incidentTitle, remediation, ageDays }) => (
                <tr key={`${incidentSlug}#${remediation.id}`}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    <Link href={`${incidentPath(incidentSlug)}#${remediation.id}`} className="underline underline-offset-2">
                      {remediation.title}
                    </Link>
                  </th>
                  <td className={cell}>{incidentTitle}</td>
                  <td className={cell}>{remediation.status}</td>
                  <td className={cell}>{remediation.owner ?? '—'}</td>
                  <td className={`${cell} whitespace-nowrap`}>{remediation.due ?? '—'}</td>
                  <td className={`${cell} tabular-nums`}>{ageDays}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
