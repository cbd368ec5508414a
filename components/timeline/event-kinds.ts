import type { EventKind } from '@/lib/content/schema';

/** How each kind of event looks: a label and a shape always, colour only as a help. */
export const EVENT_KIND_STYLES: Record<EventKind, { label: string; color: string; dot: string }> = {
  change: { label: 'Change', color: 'text-violet-700 dark:text-violet-300', dot: 'bg-violet-600' },
  alert: { label: 'Alert', color: 'text-amber-700 dark:text-amber-300', dot: 'bg-amber-500' },
  impact: { label: 'Impact', color: 'text-red-700 dark:text-red-300', dot: 'bg-red-600' },
  investigation: { label: 'Investigation', color: 'text-sky-700 dark:text-sky-300', dot: 'bg-sky-600' },
  mitigation: { label: 'Mitigation', color: 'text-blue-700 dark:text-blue-300', dot: 'bg-blue-600' },
  recovery: { label: 'Recovery', color: 'text-emerald-700 dark:text-emerald-300', dot: 'bg-emerald-600' },
  communication: { label: 'Communication', color: 'text-slate-600 dark:text-slate-300', dot: 'bg-slate-500' },
};
