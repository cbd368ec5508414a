import type { EventKind } from '@/lib/content/vocabulary';

/** How each kind of event is named, and its dot on the overview strip; shapes and text colours are in app/globals.css. */
export const EVENT_KIND_STYLES: Record<EventKind, { label: string; dot: string }> = {
  change: { label: 'Change', dot: 'bg-violet-600' },
  alert: { label: 'Alert', dot: 'bg-amber-500' },
  impact: { label: 'Impact', dot: 'bg-red-600' },
  investigation: { label: 'Investigation', dot: 'bg-sky-600' },
  mitigation: { label: 'Mitigation', dot: 'bg-blue-600' },
  recovery: { label: 'Recovery', dot: 'bg-emerald-600' },
  communication: { label: 'Communication', dot: 'bg-slate-500' },
};
