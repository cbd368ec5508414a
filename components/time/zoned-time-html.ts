import { clockText, formatExactUtc, type ClockDisplay } from '@/lib/time/format';
import { escapeHtml } from '@/lib/html-text';

/**
 * A time is printed once per zone the server knows, the incident's (`data-z="i"`)
 * and UTC (`data-z="u"`); the view root's `data-zone` shows one of them with CSS.
 * The reader's own zone (`data-z="o"`) is added in the browser when chosen
 * (fill-zone.ts). `content` returns the HTML for one zone.
 */
export function zoneSpansHtml(incidentZone: string, content: (timeZone: string) => string): string {
  if (incidentZone === 'UTC') return `<span data-z="i u">${content('UTC')}</span>`;
  return `<span data-z="i">${content(incidentZone)}</span><span data-z="u">${content('UTC')}</span>`;
}

/** The inside of a `<time>` for `iso`, in every zone the server knows (see `clockText` for `sameDayAs`). */
export function zonedTimeHtml(iso: string, incidentZone: string, display: ClockDisplay, approximate = false, sameDayAs?: string): string {
  return zoneSpansHtml(incidentZone, (zone) => escapeHtml(clockText(iso, zone, display, approximate, sameDayAs)));
}

/**
 * A `<time>` that ends a range begun at `start`, the `<time>` before it in the same element:
 * its date is printed in each zone where it falls on another day, and `data-show="end"`
 * lets fill-zone.ts do the same in the reader's. `exact` adds the exact UTC instant as hover text.
 */
export function rangeEndHtml(iso: string, start: string, incidentZone: string, exact: boolean): string {
  const title = exact ? ` title="${formatExactUtc(iso)}"` : '';
  return `<time datetime="${escapeHtml(iso)}"${title} data-show="end">${zonedTimeHtml(iso, incidentZone, 'time', false, start)}</time>`;
}
