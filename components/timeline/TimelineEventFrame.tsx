'use client';

import type { CSSProperties, ReactNode } from 'react';
import type { EventKind } from '@/lib/content/schema';
import { useIncidentView } from '../url-state/IncidentViewProvider';

type TimelineEventFrameProps = {
  id: string;
  kind: EventKind;
  className: string;
  style: CSSProperties;
  children: ReactNode;
};

/** The list item of one event: it knows whether the filter hides it and whether the URL points at it. */
export function TimelineEventFrame({ id, kind, className, style, children }: TimelineEventFrameProps) {
  const { shownKinds, targetId } = useIncidentView();
  const filteredOut = shownKinds !== undefined && !shownKinds.has(kind);
  return (
    <li
      id={id}
      tabIndex={-1}
      data-event-id={id}
      data-kind={kind}
      data-filtered-out={filteredOut ? '' : undefined}
      data-highlighted={targetId === id ? 'true' : undefined}
      className={`timeline-event ${className}`}
      style={style}
    >
      {children}
    </li>
  );
}
