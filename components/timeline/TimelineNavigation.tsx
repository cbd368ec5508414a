'use client';

import { useEffect, useRef } from 'react';
import { useIncidentView } from '../url-state/IncidentViewProvider';

const EVENT_SELECTOR = '.timeline-event[data-event-id]';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}

/**
 * With JavaScript on: the event the URL's hash names is brought into view and
 * focused (on load, after in-page links and on back/forward), and `j`/`k` (or
 * the arrow keys inside the timeline) move from event to event.
 */
export function TimelineNavigation() {
  const { targetId, shownKinds, setShownKinds } = useIncidentView();
  // The target already brought into view: any later change of the view (zone,
  // filter) must not pull the reader back to it or take focus from the control.
  const broughtIntoView = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (targetId === broughtIntoView.current) return;
    broughtIntoView.current = undefined;
    if (targetId === undefined) return;
    const target = document.getElementById(targetId);
    if (!target?.matches(EVENT_SELECTOR)) return;
    if (target.hasAttribute('data-filtered-out')) {
      setShownKinds(undefined);
      return;
    }
    broughtIntoView.current = targetId;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
    // Re-run when the filter changes, so a target revealed by clearing it is shown.
  }, [targetId, shownKinds, setShownKinds]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const inTimeline = document.activeElement?.closest(EVENT_SELECTOR) != null;
      const step =
        event.key === 'j' || (inTimeline && event.key === 'ArrowDown')
          ? 1
          : event.key === 'k' || (inTimeline && event.key === 'ArrowUp')
            ? -1
            : 0;
      if (step === 0) return;
      const events = [...document.querySelectorAll<HTMLElement>(EVENT_SELECTOR)].filter(
        (element) => !element.hasAttribute('data-filtered-out'),
      );
      if (events.length === 0) return;
      const current = events.findIndex((element) => element.contains(document.activeElement));
      const next =
        current === -1 ? (step === 1 ? 0 : events.length - 1) : Math.min(events.length - 1, Math.max(0, current + step));
      event.preventDefault();
      events[next]?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return null;
}
