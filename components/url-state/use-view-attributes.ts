import { useEffect } from 'react';
import { EVENT_KINDS } from '@/lib/content/vocabulary';
import { fillZone } from '../time/fill-zone';
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
    if (hidden.length > 0) root.dataset.hideKinds = hidden.join(' ');
    else delete root.dataset.hideKinds;
    root.dataset.ready = '';
  }, [timeZone, incidentTimeZone, shownKinds]);
}
