'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { EventKind } from '@/lib/content/schema';
import { parseViewParams, serializeViewParams, type ViewParams } from '@/lib/timeline/view-params';
import { replaceUrl, useUrl } from './use-url';

type IncidentView = {
  incidentTimeZone: string;
  /** The zone times are shown in. */
  timeZone: string;
  setTimeZone(timeZone: string): void;
  /** Kinds shown, or undefined for all. */
  shownKinds: ReadonlySet<EventKind> | undefined;
  setShownKinds(kinds: ReadonlySet<EventKind> | undefined): void;
  /** The id the URL's hash names, if any. */
  targetId: string | undefined;
  hydrated: boolean;
};

const IncidentViewContext = createContext<IncidentView | undefined>(undefined);

function decodeHash(hash: string): string | undefined {
  try {
    return hash.length > 1 ? decodeURIComponent(hash.slice(1)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The reader's view of one incident lives in the URL (`?tz=…&kinds=…#event`),
 * so every view can be shared. The prerendered page shows the incident's own
 * zone and every event; after hydration the URL takes over.
 */
export function IncidentViewProvider({ incidentTimeZone, children }: { incidentTimeZone: string; children: ReactNode }) {
  const url = useUrl();

  const value = useMemo<IncidentView>(() => {
    const hydrated = url !== null;
    const view = hydrated ? parseViewParams(window.location.search) : { timeZone: undefined, kinds: undefined };
    const write = (next: ViewParams) => replaceUrl(serializeViewParams(next, window.location.search));
    return {
      incidentTimeZone,
      timeZone: view.timeZone ?? incidentTimeZone,
      setTimeZone: (zone) => write({ ...view, timeZone: zone === incidentTimeZone ? undefined : zone }),
      shownKinds: view.kinds,
      setShownKinds: (kinds) => write({ ...view, kinds }),
      targetId: hydrated ? decodeHash(window.location.hash) : undefined,
      hydrated,
    };
  }, [url, incidentTimeZone]);

  return <IncidentViewContext value={value}>{children}</IncidentViewContext>;
}

export function useIncidentView(): IncidentView {
  const view = useContext(IncidentViewContext);
  if (!view) throw new Error('useIncidentView must be used inside <IncidentViewProvider>');
  return view;
}
