import { clockText, type ClockDisplay } from '@/lib/time/format';
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

/** The inside of a `<time>` for `iso`, in every zone the server knows. */
export function zonedTimeHtml(iso: string, incidentZone: string, display: ClockDisplay, approximate = false): string {
  return zoneSpansHtml(incidentZone, (zone) => escapeHtml(clockText(iso, zone, display, approximate)));
}
