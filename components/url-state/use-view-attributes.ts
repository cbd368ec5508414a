import { useEffect } from 'react';
import { EVENT_KINDS } from '@/lib/content/vocabulary';
import { fillZone } from '../time/fill-zone';
import { labelShownDays } from '../timeline/label-shown-days';
import { showAllDeferred } from '../ui/deferred-html';
import { useIncidentView } from './IncidentViewProvider';
import { viewRoot } from './view-root';

/** Writes the reader's view (from the URL) onto the view root, where CSS shows the chosen zone and hides filtered kinds. */
export function useViewAttributes(): void {
  const { timeZone, incidentTimeZone, shownKinds } = useIncidentView();

  useEffect(() => {
    const root = viewRoot();
    if (!root) return;
    if (timeZone === incidentTimeZone) root.dataset.zone = 'incident';
    else if (timeZone === 'UTC') root.dataset.zone = 'utc';
    else {
      // The reader's zone is written into every event, and the day above the first of each day: the whole list first.
      showAllDeferred(root);
      fillZone(root, timeZone);
      root.dataset.zone = 'other';
    }
    const hidden = shownKinds === undefined ? [] : EVENT_KINDS.filter((kind) => !shownKinds.has(kind));
    if (hidden.length > 0) {
      // The first event shown of each day carries its date: the whole list first.
      showAllDeferred(root);
      root.dataset.hideKinds = hidden.join(' ');
    } else delete root.dataset.hideKinds;
    const zones: Record<string, string | undefined> = { i: incidentTimeZone, u: 'UTC', 'i u': 'UTC', o: root.dataset.otherZone };
    const list = root.querySelector<HTMLElement>('.timeline-events');
    if (list) labelShownDays(list, new Set(hidden), (key) => zones[key]);
    root.dataset.ready = '';
  }, [timeZone, incidentTimeZone, shownKinds]);
}
