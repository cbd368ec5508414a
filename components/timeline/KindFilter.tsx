'use client';

import { EVENT_KINDS, type EventKind } from '@/lib/content/vocabulary';
import { useIncidentView } from '../url-state/IncidentViewProvider';
import { EventKindIcon } from './EventKindIcon';
import { EVENT_KIND_LABELS } from './event-kinds';

/** Toggles which kinds of event the timeline shows; the choice is kept in the URL. */
export function KindFilter({ counts }: { counts: Partial<Record<EventKind, number>> }) {
  const { shownKinds, setShownKinds, hydrated } = useIncidentView();
  const present = EVENT_KINDS.filter((kind) => (counts[kind] ?? 0) > 0);
  const isShown = (kind: EventKind) => shownKinds === undefined || shownKinds.has(kind);

  const toggle = (kind: EventKind) => {
    const next = new Set(shownKinds ?? present);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setShownKinds(next.size === 0 || present.every((k) => next.has(k)) ? undefined : next);
  };

  return (
    <fieldset className="flex flex-wrap items-center gap-2 text-sm" disabled={!hydrated}>
      <legend className="sr-only">Show events of kind</legend>
      <span aria-hidden="true" className="font-medium">
        Show
      </span>
      {present.map((kind) => (
        <button
          key={kind}
          type="button"
          aria-pressed={isShown(kind)}
          onClick={() => toggle(kind)}
          className="kind-toggle"
        >
          <EventKindIcon kind={kind} />
          {EVENT_KIND_LABELS[kind]}
          <span className="tabular-nums text-muted">{counts[kind]}</span>
        </button>
      ))}
      {shownKinds !== undefined && (
        <button type="button" onClick={() => setShownKinds(undefined)} className="link">
          Show all
        </button>
      )}
    </fieldset>
  );
}
