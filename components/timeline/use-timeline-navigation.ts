import { useEffect, useRef } from 'react';
import { useIncidentView } from '../url-state/IncidentViewProvider';
import { viewRoot } from '../url-state/view-root';
import { showAllDeferred, showLinked } from '../ui/deferred-html';

const EVENT_SELECTOR = 'li.timeline-event';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}

/** An event inside a collapsed group of status updates is shown by opening the group. */
function openGroupOf(event: HTMLElement) {
  const group = event.closest('details');
  if (group && !group.open) group.open = true;
}

/**
 * Events are focusable only once a script focuses one: a tabindex on each of
 * thousands of events would be written into the page for nothing.
 */
function focusEvent(event: HTMLElement, options?: FocusOptions) {
  if (!event.hasAttribute('tabindex')) event.tabIndex = -1;
  event.focus(options);
}

/**
 * With JavaScript on: the event the URL's hash names is marked (`data-highlighted`,
 * for navigations `:target` does not see), its group opened, and it is brought
 * into view and focused (on load, after in-page links and on back/forward);
 * `j`/`k` (or the arrow keys inside the timeline) move from event to event.
 */
export function useTimelineNavigation(): void {
  const { targetId, shownKinds, setShownKinds } = useIncidentView();
  // The target already brought into view: any later change of the view (zone,
  // filter) must not pull the reader back to it or take focus from the control.
  const broughtIntoView = useRef<string | undefined>(undefined);

  useEffect(() => {
    for (const marked of document.querySelectorAll(`${EVENT_SELECTOR}[data-highlighted]`)) marked.removeAttribute('data-highlighted');
    const target = targetId === undefined ? null : showLinked(targetId);
    // What is above a linked element is laid out in full (app/globals.css), so the jump to it stays put.
    const root = viewRoot();
    if (root && target) root.dataset.linked = '';
    else if (root) delete root.dataset.linked;
    if (!target?.matches(EVENT_SELECTOR)) {
      broughtIntoView.current = undefined;
      return;
    }
    target.dataset.highlighted = 'true';
    if (targetId === broughtIntoView.current) return;
    if (shownKinds !== undefined && !shownKinds.has(target.dataset.kind as never)) {
      setShownKinds(undefined);
      return;
    }
    broughtIntoView.current = targetId;
    openGroupOf(target);
    focusEvent(target, { preventScroll: true });
    target.scrollIntoView({ block: 'start' });
    // Re-run when the filter changes, so a target revealed by clearing it is shown.
  }, [targetId, shownKinds, setShownKinds]);

  // Smooth scrolling (app/globals.css) starts once the page has landed: a reader
  // arriving from a link to an event is there at once, not carried past all above it.
  useEffect(() => {
    const html = document.documentElement;
    html.dataset.smoothScroll = '';
    return () => {
      delete html.dataset.smoothScroll;
    };
  }, []);

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
      showAllDeferred();
      const hidden = new Set(viewRoot()?.dataset.hideKinds?.split(' '));
      const events = [...document.querySelectorAll<HTMLElement>(EVENT_SELECTOR)].filter(
        (element) => !hidden.has(element.dataset.kind ?? ''),
      );
      if (events.length === 0) return;
      const current = events.findIndex((element) => element.contains(document.activeElement));
      const next =
        current === -1 ? (step === 1 ? 0 : events.length - 1) : Math.min(events.length - 1, Math.max(0, current + step));
      event.preventDefault();
      const nextEvent = events[next];
      if (!nextEvent) return;
      openGroupOf(nextEvent);
      focusEvent(nextEvent);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
