import type { EventKind } from '@/lib/content/vocabulary';

/** How each kind of event is named; its colours and shapes, on the list and on the overview strip, are in app/globals.css. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  change: 'Change',
  alert: 'Alert',
  impact: 'Impact',
  investigation: 'Investigation',
  mitigation: 'Mitigation',
  recovery: 'Recovery',
  communication: 'Communication',
};
