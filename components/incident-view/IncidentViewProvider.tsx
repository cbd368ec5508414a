'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { EventKind } from '@/lib/content/schema';
import { parseViewParams, serializeViewParams } from '@/lib/timeline/view-params';
import { useHydrated } from '../use-hydrated';

type IncidentView = {
  incidentTimeZone: string;
  /** The zone times are shown in. */
  timeZone: string;
  setTimeZone(timeZone: string): void;
  /** Kinds shown, or undefined for all. */
  shownKinds: ReadonlySet<EventKind> | undefined;
  setShownKinds(kinds: ReadonlySet<EventKind> | undefined): void;
  /** The event the URL's hash points at, if any. */
  highlightedId: string | undefined;
  setHighlightedId(id: string | undefined): void;
  hydrated: boolean;
};

const IncidentViewContext = createContext<IncidentView | undefined>(undefined);

/**
 * Holds the reader's view of one incident. The prerendered page shows the
 * incident's own zone and every event; after hydration the view is read from
 * the URL and every change is written back to it.
 */
export function IncidentViewProvider({ incidentTimeZone, children }: { incidentTimeZone: string; children: ReactNode }) {
  const hydrated = useHydrated();
  const [timeZone, setTimeZoneState] = useState(incidentTimeZone);
  const [shownKinds, setShownKindsState] = useState<ReadonlySet<EventKind> | undefined>(undefined);
  const [highlightedId, setHighlightedId] = useState<string | undefined>(undefined);

  useEffect(() => {
    const readUrl = () => {
      const view = parseViewParams(window.location.search);
      setTimeZoneState(view.timeZone ?? incidentTimeZone);
      setShownKindsState(view.kinds);
    };
    readUrl();
    window.addEventListener('popstate', readUrl);
    return () => window.removeEventListener('popstate', readUrl);
  }, [incidentTimeZone]);

  const writeUrl = useCallback(
    (zone: string, kinds: ReadonlySet<EventKind> | undefined) => {
      const query = serializeViewParams(
        { timeZone: zone === incidentTimeZone ? undefined : zone, kinds },
        window.location.search,
      );
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
    },
    [incidentTimeZone],
  );

  const value = useMemo<IncidentView>(
    () => ({
      incidentTimeZone,
      timeZone,
      setTimeZone(zone) {
        setTimeZoneState(zone);
        writeUrl(zone, shownKinds);
      },
      shownKinds,
      setShownKinds(kinds) {
        setShownKindsState(kinds);
        writeUrl(timeZone, kinds);
      },
      highlightedId,
      setHighlightedId,
      hydrated,
    }),
    [incidentTimeZone, timeZone, shownKinds, highlightedId, hydrated, writeUrl],
  );

  return <IncidentViewContext value={value}>{children}</IncidentViewContext>;
}

export function useIncidentView(): IncidentView {
  const view = useContext(IncidentViewContext);
  if (!view) throw new Error('useIncidentView must be used inside <IncidentViewProvider>');
  return view;
}
