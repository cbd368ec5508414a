import { formatClock } from '@/lib/time/format';

/**
 * Every time in the list is printed once per zone (`data-z`, see zoned-time-html.ts),
 * and the first time of each day, in each zone, carries its date: an event's as
 * the day above it, a group's as the date of its start (event-list-html.ts, fill-zone.ts).
 * When the kind filter hides a day's first entry, the first one it still shows
 * takes the date instead. This adds those dates (`data-shown-day`), after taking
 * away the ones added for the filter before. `zoneOf` names the zone of a span's `data-z`.
 */
export function labelShownDays(list: HTMLElement, hiddenKinds: ReadonlySet<string>, zoneOf: (key: string) => string | undefined): void {
  for (const added of list.querySelectorAll('[data-shown-day]')) added.remove();
  if (hiddenKinds.size === 0) return;
  // Per zone: the day of the last time in the list, and of the last one shown.
  const lastDay = new Map<string, string>();
  const lastShownDay = new Map<string, string>();
  for (const time of list.querySelectorAll<HTMLTimeElement>('time:is([data-show="event"], [data-show="group"])')) {
    const kind = time.closest<HTMLElement>('[data-kind]')?.dataset.kind;
    const shown = kind === undefined || !hiddenKinds.has(kind);
    for (const span of time.querySelectorAll<HTMLElement>(':scope > [data-z]')) {
      const key = span.dataset.z!;
      const zone = zoneOf(key);
      if (zone === undefined) continue;
      const clock = formatClock(time.dateTime, zone);
      const datedAlready = lastDay.get(key) !== clock.day;
      lastDay.set(key, clock.day);
      if (!shown || lastShownDay.get(key) === clock.day) continue;
      lastShownDay.set(key, clock.day);
      if (datedAlready) continue;
      const event = time.dataset.show === 'event';
      const label = document.createElement(event ? 'b' : 'span');
      label.dataset.shownDay = '';
      label.textContent = event ? clock.shortDate : `${clock.shortDate}, `;
      span.prepend(label);
    }
  }
}
