import type { Incident, PlacedEvent } from '@/lib/incident/model';
import { approximately, clockText, formatClock, formatDuration, formatExactUtc, formatOffset } from '@/lib/time/format';
import { escapeHtml } from '@/lib/html-text';
import { rangeEndHtml, zoneSpansHtml } from '../time/zoned-time-html';
import { EVENT_KIND_LABELS } from './event-kinds';

const LONG_GAP_MS = 30 * 60_000;

/**
 * Entries (events and groups) per chunk of the list. The browser styles every
 * child of the list even when content-visibility skips what is inside it, so
 * thousands of events cost as much as their own boxes; fifty per chunk leave
 * it a few dozen chunks to style, and the chunks on screen.
 */
export const ENTRIES_PER_CHUNK = 50;

/**
 * The timeline's events as plain HTML, a handful of elements each. It is set as
 * the list's inner HTML, so React neither re-creates nor hydrates thousands of
 * elements: the zone, the filter and the highlight are attributes on the page's
 * view root and CSS (app/globals.css), and one script per concern acts on the
 * whole list (the components beside this file). Every text from content is escaped.
 */
export function eventListHtml(incident: Incident): string {
  const zone = incident.timeZone;
  // The day is printed above the first event of each day, per zone (days end at different hours).
  const lastDay = new Map<string, string>();
  const dayLabel = (iso: string, timeZone: string) => {
    const clock = formatClock(iso, timeZone);
    const changed = lastDay.get(timeZone) !== clock.day;
    lastDay.set(timeZone, clock.day);
    return changed ? `<b>${escapeHtml(clock.shortDate)}</b>` : '';
  };

  const eventHtml = (event: PlacedEvent) => {
    const { placement } = event;
    const at = escapeHtml(event.at);
    const id = escapeHtml(event.id);
    const title = escapeHtml(event.title);
    const spacing = placement.spacing > 0 ? ` style="margin-top:${(placement.spacing * 3.5).toFixed(2)}rem"` : '';
    const gap =
      placement.gapBeforeMs !== undefined && placement.gapBeforeMs >= LONG_GAP_MS
        ? `<p class="tl-gap">${approximately(formatDuration(placement.gapBeforeMs), placement.approximate.includes('gapBeforeMs'))} later</p>`
        : '';
    const start =
      event.precision === 'day'
        ? // Only the date is known, and it is a date in the incident's own zone.
          `<time datetime="${at.slice(0, 10)}" title="Date only; the source gives no time of day">${escapeHtml(formatClock(event.at, zone).shortDate)}</time>`
        : `<time datetime="${at}" title="${formatExactUtc(event.at)}" data-show="event"${event.approximate ? ' data-approximate' : ''}>${zoneSpansHtml(
            zone,
            (timeZone) => `${dayLabel(event.at, timeZone)}${escapeHtml(clockText(event.at, timeZone, 'time', event.approximate))}`,
          )}</time>`;
    const until = event.until
      ? ` – ${rangeEndHtml(event.until, event.at, zone, true)}`
      : '';
    const offset =
      event.precision === 'minute'
        ? // The legend above the list says what T+ counts from, once rather than on each of thousands of events.
          `<span class="tl-offset">${approximately(formatOffset(placement.sinceImpactStartMs), placement.approximate.includes('sinceImpactStartMs'))}</span>`
        : '';
    const trigger = event.trigger ? '<span class="tl-trigger">trigger</span>' : '';
    const duringImpact = placement.inImpact ? '<span class="sr-only">, during customer impact</span>' : '';
    const detail = event.detail ? `<p class="tl-detail">${escapeHtml(event.detail)}</p>` : '';
    const services = (event.services ?? []).map((service) => `<span class="tl-service">${escapeHtml(service)}</span>`).join('');
    return (
      `<li id="${id}" class="timeline-event" data-kind="${event.kind}"${placement.inImpact ? ' data-impact' : ''}${spacing}>` +
      `${gap}<div class="tl-when">${start}${until}${offset}</div>` +
      `<div><p class="tl-kind">${EVENT_KIND_LABELS[event.kind]}${trigger}${duringImpact}</p>` +
      `<h3><a href="#${id}">${title}</a></h3>${detail}` +
      `<p class="tl-meta">${services}<button class="tl-copy" aria-label="Copy link to “${title}”">Copy link</button></p></div></li>`
    );
  };

  const entries = incident.timelineEntries.map((entry) => {
    if (entry.type === 'event') return eventHtml(entry.event);
    const first = entry.events[0]!;
    const last = entry.events.at(-1)!;
    // A group that opens a day says so, in each zone where it does: collapsed, it hides the day's first event.
    const start = (timeZone: string) => escapeHtml(clockText(first.at, timeZone, dayLabel(first.at, timeZone) ? 'datetime' : 'time'));
    const range =
      first.precision === 'minute' && last.precision === 'minute'
        ? `, <time datetime="${escapeHtml(first.at)}" data-show="group">${zoneSpansHtml(zone, start)}</time> to ${rangeEndHtml(last.at, first.at, zone, false)}`
        : '';
    // Built on <details>: a link to an event inside opens it, even without JavaScript.
    return (
      `<li class="timeline-group" data-kind="communication"><details><summary>${entry.events.length} status updates${range}</summary>` +
      `<ol>${entry.events.map(eventHtml).join('')}</ol></details></li>`
    );
  });
  // In chunks, each skipped by the browser while off screen (content-visibility in app/globals.css)
  // and written inside <noscript>: with JavaScript on, the browser reads it as text, and
  // components/ui/deferred-html.ts turns it into elements once the browser is idle. The list
  // starts below the summary and the timeline's controls, a screen or more down, so the first
  // paint does without it and a reader scrolling down finds it shown.
  const chunks: string[] = [];
  for (let start = 0; start < entries.length; start += ENTRIES_PER_CHUNK) {
    chunks.push(`<li class="tl-chunk" data-deferred><noscript><ol>${entries.slice(start, start + ENTRIES_PER_CHUNK).join('')}</ol></noscript></li>`);
  }
  return chunks.join('');
}
