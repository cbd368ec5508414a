import type { FollowUpRow } from '@/lib/follow-ups/rows';
import { isOverdue } from '@/lib/follow-ups/open';
import type { CalendarDate } from '@/lib/time/calendar-date';
import { incidentPath } from '@/lib/site';
import { SeverityBadge } from '../ui/SeverityBadge';
import { CATEGORY_LABELS, STATUS_LABELS, TIMING_LABELS } from '../remediations/remediation-labels';

export const FOLLOW_UP_ROWS_ID = 'follow-up-rows';

/**
 * Every row, server-rendered in the library's order, each carrying what the
 * filters read as data attributes: the controls island hides and orders rows
 * in place, so the table stays plain HTML however long it is. On a phone each
 * row is drawn as a card, its cells named by `data-label` (app/globals.css).
 */
export function FollowUpTable({ rows, buildDate }: { rows: FollowUpRow[]; buildDate: CalendarDate }) {
  return (
    <div className="table-scroll">
      <table className="follow-up-cards w-full border-collapse text-left text-sm">
        <caption className="sr-only">Follow-ups</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            {['Follow-up', 'Status', 'Owner', 'Due', 'Priority', 'Incident'].map((label) => (
              <th key={label} scope="col" className="px-2 py-2 font-semibold whitespace-nowrap">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody id={FOLLOW_UP_ROWS_ID}>
          {rows.map((row) => (
            <tr
              key={row.href}
              className="group border-b border-slate-200 align-top dark:border-slate-800"
              data-timing={row.timing}
              data-status={row.status}
              data-owner={row.owner}
              data-category={row.category}
              data-priority={row.priority}
              data-services={row.services.map((service) => service.slug).join(' ')}
              data-due={row.due}
              data-overdue={isOverdue(row, buildDate) ? '' : undefined}
            >
              {/* Wide enough to read a title in a few lines when a narrow window scrolls the table sideways. */}
              <td className="min-w-40 px-2 py-2">
                <a href={row.href} className="link font-medium">
                  {row.title}
                </a>
                <span className="facts mt-1 gap-y-0.5 text-xs">
                  <span>{CATEGORY_LABELS[row.category]}</span>
                  <span>{TIMING_LABELS[row.timing]}</span>
                  {row.tracker && (
                    <a href={row.tracker} rel="external" className="link">
                      {new URL(row.tracker).host}
                    </a>
                  )}
                </span>
              </td>
              <td className="px-2 py-2" data-label="Status">
                <span className="status-badge whitespace-nowrap" data-status={row.status}>
                  {STATUS_LABELS[row.status]}
                </span>
                {row.completed && (
                  <span className="mt-1 block text-xs whitespace-nowrap text-soft">
                    on <time dateTime={row.completed}>{row.completed}</time>
                  </span>
                )}
              </td>
              <td className="px-2 py-2" data-label="Owner">
                {row.owner ?? '—'}
              </td>
              <td className="px-2 py-2 whitespace-nowrap" data-label="Due">
                {row.due ? <time dateTime={row.due}>{row.due}</time> : '—'}
                <span className="ml-1 hidden rounded bg-red-700 px-1.5 text-xs leading-5 font-medium text-white group-data-overdue:inline">
                  Overdue
                </span>
              </td>
              <td className="px-2 py-2 uppercase" data-label="Priority">
                {row.priority ?? '—'}
              </td>
              <td className="min-w-52 px-2 py-2" data-label="Incident">
                <span className="flex flex-col items-start gap-1">
                  <SeverityBadge severity={row.incident.severity} />
                  <a href={incidentPath(row.incident.slug)} className="link">
                    {row.incident.title}
                  </a>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
