'use client';

import { useCopyLinks } from '../timeline/use-copy-links';
import { useTimelineNavigation } from '../timeline/use-timeline-navigation';
import { useDeferredHtml } from '../ui/use-deferred-html';
import { useViewAttributes } from '../url-state/use-view-attributes';

/**
 * The incident page's behaviours that draw nothing of their own, each a hook
 * of its own module, mounted as one client component: the App Router writes a
 * reference to every client component into the page's payload and hydrates
 * each one.
 */
export function IncidentPageScripts() {
  const copyStatus = useCopyLinks();
  useViewAttributes();
  useTimelineNavigation();
  useDeferredHtml();
  return (
    <p role="status" className="sr-only">
      {copyStatus}
    </p>
  );
}
