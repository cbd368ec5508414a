import type { RemediationCategory, RemediationStatus, RemediationTiming } from '@/lib/content/vocabulary';

export const CATEGORY_LABELS: Record<RemediationCategory, string> = {
  prevent: 'Prevent',
  detect: 'Detect',
  mitigate: 'Mitigate',
  respond: 'Respond',
};

/** Each status's words; its badge (`.status-badge` with `data-status`) is coloured in app/globals.css. */
export const STATUS_LABELS: Record<RemediationStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'wont-do': "Won't do",
};

export const TIMING_LABELS: Record<RemediationTiming, string> = {
  during: 'During the incident',
  after: 'Follow-up',
};
