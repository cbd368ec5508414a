import { clockText, formatClock, type ClockDisplay } from '@/lib/time/format';

/**
 * Adds the reader's chosen zone (`data-z="o"`) to every time under `root`; the
 * server printed only the incident's zone and UTC. Event times (`data-show="event"`)
 * carry the day above the first event of each day, as the server prints them.
 */
export function fillZone(root: HTMLElement, timeZone: string): void {
  if (root.dataset.otherZone === timeZone) return;
  let lastDay: string | undefined;
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-show]')) {
    const display = time.dataset.show;
    const span = document.createElement('span');
    span.dataset.z = 'o';
    if (display === 'event') {
      const clock = formatClock(time.dateTime, timeZone);
      if (clock.day !== lastDay) span.append(Object.assign(document.createElement('b'), { textContent: clock.shortDate }));
      lastDay = clock.day;
    }
    const shown: ClockDisplay = display === 'date' || display === 'datetime' ? display : 'time';
    span.append(clockText(time.dateTime, timeZone, shown, time.hasAttribute('data-approximate')));
    time.querySelector(':scope > [data-z="o"]')?.remove();
    time.append(span);
  }
  root.dataset.otherZone = timeZone;
}
