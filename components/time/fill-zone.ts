import { clockText, formatClock, type ClockDisplay } from '@/lib/time/format';

/** The `<time>` before this one in its element: the start of the range it ends. */
function rangeStart(time: HTMLTimeElement): string | undefined {
  let sibling = time.previousElementSibling;
  while (sibling && !(sibling instanceof HTMLTimeElement)) sibling = sibling.previousElementSibling;
  return sibling?.dateTime;
}

/**
 * Adds the reader's chosen zone (`data-z="o"`) to every time under `root`; the
 * server printed only the incident's zone and UTC. Event times (`data-show="event"`)
 * carry the day above the first event of each day, as the server prints them, and a
 * group of status updates that opens a day (`data-show="group"`) its date; the
 * end of a range (`data-show="end"`, or a time with `data-same-day-as`) its date
 * where it falls on another day than the range's start.
 */
export function fillZone(root: HTMLElement, timeZone: string): void {
  if (root.dataset.otherZone === timeZone) return;
  let lastDay: string | undefined;
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-show]')) {
    const display = time.dataset.show;
    const span = document.createElement('span');
    span.dataset.z = 'o';
    let opensDay = false;
    if (display === 'event' || display === 'group') {
      const clock = formatClock(time.dateTime, timeZone);
      opensDay = clock.day !== lastDay;
      if (opensDay && display === 'event') span.append(Object.assign(document.createElement('b'), { textContent: clock.shortDate }));
      lastDay = clock.day;
    }
    const shown: ClockDisplay = display === 'date' || display === 'datetime' ? display : display === 'group' && opensDay ? 'datetime' : 'time';
    const sameDayAs = display === 'end' ? rangeStart(time) : time.dataset.sameDayAs;
    span.append(clockText(time.dateTime, timeZone, shown, time.hasAttribute('data-approximate'), sameDayAs));
    time.querySelector(':scope > [data-z="o"]')?.remove();
    time.append(span);
  }
  root.dataset.otherZone = timeZone;
}
