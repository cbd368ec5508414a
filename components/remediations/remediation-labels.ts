import type { RemediationCategory, RemediationStatus, RemediationTiming } from '@/lib/content/vocabulary';

export const CATEGORY_LABELS: Record<RemediationCategory, string> = {
  prevent: 'Prevent',
  detect: 'Detect',
  mitigate: 'Mitigate',
  respond: 'Respond',
};

export const STATUS_STYLES: Record<RemediationStatus, { label: string; className: string }> = {
  planned: { label: 'Planned', className: 'border-slate-400 text-slate-800 dark:text-slate-200' },
  'in-progress': { label: 'In progress', className: 'border-sky-600 text-sky-800 dark:text-sky-200' },
  done: { label: 'Done', className: 'border-emerald-600 text-emerald-800 dark:text-emerald-200' },
  'wont-do': { label: "Won't do", className: 'border-slate-400 text-slate-600 line-through dark:text-slate-400' },
};

export const TIMING_LABELS: Record<RemediationTiming, string> = {
  during: 'During the incident',
  after: 'Follow-up',
};
