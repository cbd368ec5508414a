'use client';

import { useEffect, useId, useMemo } from 'react';
import {
  REMEDIATION_CATEGORIES,
  REMEDIATION_PRIORITIES,
  type RemediationCategory,
  type RemediationPriority,
  type RemediationStatus,
  type RemediationTiming,
} from '@/lib/content/vocabulary';
import { isOverdue } from '@/lib/follow-ups/open';
import {
  applyFollowUpView,
  parseFollowUpView,
  serializeFollowUpView,
  STATUS_FILTERS,
  type FollowUpKeys,
  type FollowUpView,
  type StatusFilter,
} from '@/lib/follow-ups/view';
import { localDate, type CalendarDate } from '@/lib/time/calendar-date';
import { replaceUrl, useUrlSearch } from '../url-state/use-url';
import { CATEGORY_LABELS, STATUS_LABELS } from '../remediations/remediation-labels';
import { FilterSelect, filterFormClass, selectClass } from '../ui/FilterSelect';
import type { FollowUpFacets } from '@/lib/follow-ups/rows';

type FollowUpControlsProps = FollowUpFacets & {
  tableId: string;
  total: number;
  buildDate: CalendarDate;
};

// The owner choice "No owner named": owners are trimmed, non-empty text (lib/content/schema.ts), so none is a lone space.
const NO_OWNER = ' ';

type RowElement = HTMLTableRowElement & { keys: FollowUpKeys };

/** The table's rows with the fields the view reads, from their data attributes. */
function readRows(tbody: HTMLElement): RowElement[] {
  return [...tbody.querySelectorAll<HTMLTableRowElement>(':scope > tr')].map((element) => {
    const data = element.dataset;
    return Object.assign(element, {
      keys: {
        timing: data.timing as RemediationTiming,
        status: data.status as RemediationStatus,
        owner: data.owner,
        category: data.category as RemediationCategory,
        priority: data.priority as RemediationPriority | undefined,
        services: (data.services ?? '').split(' ').filter(Boolean).map((slug) => ({ slug })),
        due: data.due,
      },
    });
  });
}

/** Shows the rows of the view, in its order, marking the ones overdue today; rows stay the server-rendered elements. */
function showRows(tbody: HTMLElement, rows: readonly RowElement[], shown: readonly RowElement[], today: CalendarDate) {
  const visible = new Set(shown);
  for (const row of rows) {
    row.hidden = !visible.has(row);
    row.toggleAttribute('data-overdue', isOverdue(row.keys, today));
  }
  for (const row of [...shown, ...rows.filter((row) => !visible.has(row))]) tbody.append(row);
}

/**
 * Filters and sort of the follow-up backlog, kept in the URL. Overdue is
 * counted against the reader's own date; the prerendered page counts it
 * against the build date and says so.
 */
export function FollowUpControls({ tableId, total, buildDate, owners, anyUnowned, services }: FollowUpControlsProps) {
  const search = useUrlSearch();
  const hydrated = search !== null;
  const view = useMemo(() => parseFollowUpView(search ?? ''), [search]);
  const today = hydrated ? localDate() : buildDate;
  const id = useId();

  // The rows are read from the table once the page is interactive; until then the table shows them all.
  const rows = useMemo(() => {
    const tbody = hydrated ? document.getElementById(tableId) : null;
    return tbody ? readRows(tbody) : [];
  }, [hydrated, tableId]);
  const shown = useMemo(
    () => applyFollowUpView(rows.map((element) => ({ ...element.keys, element })), view, today).map((row) => row.element),
    [rows, view, today],
  );
  useEffect(() => {
    const tbody = document.getElementById(tableId);
    if (tbody && rows.length > 0) showRows(tbody, rows, shown, today);
  }, [tableId, rows, shown, today]);

  const set = (change: Partial<FollowUpView>) => replaceUrl(serializeFollowUpView({ ...view, ...change }));

  return (
    <search className="mb-4 print:hidden">
      <form role="search" aria-label="Filter follow-ups" onSubmit={(event) => event.preventDefault()} className={filterFormClass}>
        <FilterSelect label="Timing" value={view.timing} disabled={!hydrated} onChange={(timing) => set({ timing: timing as RemediationTiming | undefined })}
          options={[{ value: 'after', label: 'Follow-ups' }, { value: 'during', label: 'During the incident' }]} />
        <FilterSelect label="Status" value={view.status} disabled={!hydrated} onChange={(status) => set({ status: status as StatusFilter | undefined })}
          options={STATUS_FILTERS.map((value) => ({ value, label: value === 'open' ? 'Open (not done or won’t do)' : STATUS_LABELS[value] }))} />
        {/* Where no follow-up names an owner, there is nothing to choose. */}
        {owners.length > 0 && (
          <FilterSelect label="Owner" value={view.unowned ? NO_OWNER : view.owner} disabled={!hydrated}
            onChange={(owner) => set(owner === NO_OWNER ? { owner: undefined, unowned: true } : { owner, unowned: false })}
            options={[...(anyUnowned ? [{ value: NO_OWNER, label: 'No owner named' }] : []), ...owners.map((owner) => ({ value: owner, label: owner }))]} />
        )}
        <FilterSelect label="Category" value={view.category} disabled={!hydrated} onChange={(category) => set({ category: category as RemediationCategory | undefined })}
          options={REMEDIATION_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }))} />
        <FilterSelect label="Priority" value={view.priority} disabled={!hydrated} onChange={(priority) => set({ priority: priority as RemediationPriority | undefined })}
          options={REMEDIATION_PRIORITIES.map((value) => ({ value, label: value.toUpperCase() }))} />
        {/* Without an Owner filter, Service is left alone on its row of two: it takes the row. */}
        <FilterSelect label="Service" value={view.service} disabled={!hydrated} onChange={(service) => set({ service })}
          options={services.map((service) => ({ value: service.slug, label: service.name }))} className={owners.length > 0 ? undefined : 'col-span-2'} />
        <label className="col-span-2 flex items-center gap-2 py-1.5">
          <input type="checkbox" checked={view.overdue} disabled={!hydrated} onChange={(event) => set({ overdue: event.target.checked })} />
          Overdue only
        </label>
        <div className="col-span-2 flex flex-col gap-1">
          <label htmlFor={`${id}-sort`} className="font-medium">
            Sort by
          </label>
          <select id={`${id}-sort`} value={view.sort} disabled={!hydrated} onChange={(event) => set({ sort: event.target.value as FollowUpView['sort'] })} className={selectClass}>
            <option value="incident">Incident, newest first</option>
            <option value="due">Due date, soonest first</option>
            <option value="priority">Priority, P1 first</option>
          </select>
        </div>
      </form>
      <p className="mt-3 text-sm text-soft" role="status">
        {hydrated ? (shown.length === 0 ? `No remediation of ${total} matches these filters. ` : `Showing ${shown.length} of ${total} remediations. `) : `${total} remediations. `}
        {hydrated ? (
          <>
            Overdue as of today, <time dateTime={today}>{today}</time>.
          </>
        ) : (
          <>
            Overdue as of the build date, <time dateTime={buildDate}>{buildDate}</time> (UTC); with JavaScript, as of today. Filters
            and sorting need JavaScript: the whole list is shown.
          </>
        )}
      </p>
    </search>
  );
}
