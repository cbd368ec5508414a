import {
  REMEDIATION_CATEGORIES,
  REMEDIATION_PRIORITIES,
  REMEDIATION_STATUSES,
  REMEDIATION_TIMINGS,
  type RemediationCategory,
  type RemediationPriority,
  type RemediationStatus,
  type RemediationTiming,
} from '../content/vocabulary';
import type { CalendarDate } from '../time/calendar-date';
import { isOpen, isOverdue } from './open';

/**
 * What the reader filters and sorts the backlog by, kept in the URL:
 * `/follow-ups?timing=after&status=open&owner=Platform%20team&service=api&overdue=1&sort=due`;
 * `unowned=1` keeps the rows that name no owner.
 */
export type FollowUpView = {
  /** `after`: the follow-ups; `during`: what was done while responding. */
  timing?: RemediationTiming;
  /** A status, or `open`: neither done nor dropped. */
  status?: StatusFilter;
  owner?: string;
  /** Only rows that name no owner. */
  unowned: boolean;
  category?: RemediationCategory;
  priority?: RemediationPriority;
  /** A service slug. */
  service?: string;
  overdue: boolean;
  /** `incident`: newest incident first, as written (the default). */
  sort: FollowUpSort;
};

export const STATUS_FILTERS = ['open', ...REMEDIATION_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const FOLLOW_UP_SORTS = ['incident', 'due', 'priority'] as const;
export type FollowUpSort = (typeof FOLLOW_UP_SORTS)[number];

/** The fields of a row the view reads. */
export type FollowUpKeys = {
  timing: RemediationTiming;
  status: RemediationStatus;
  owner?: string;
  category: RemediationCategory;
  priority?: RemediationPriority;
  services: readonly { slug: string }[];
  due?: CalendarDate;
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

export function parseFollowUpView(search: string): FollowUpView {
  const params = new URLSearchParams(search);
  return {
    timing: oneOf(REMEDIATION_TIMINGS, params.get('timing')),
    status: oneOf(STATUS_FILTERS, params.get('status')),
    owner: params.get('owner') || undefined,
    unowned: params.get('unowned') === '1',
    category: oneOf(REMEDIATION_CATEGORIES, params.get('category')),
    priority: oneOf(REMEDIATION_PRIORITIES, params.get('priority')),
    service: params.get('service') || undefined,
    overdue: params.get('overdue') === '1',
    sort: oneOf(FOLLOW_UP_SORTS, params.get('sort')) ?? 'incident',
  };
}

export function serializeFollowUpView(view: FollowUpView): string {
  const params = new URLSearchParams();
  for (const key of ['timing', 'status', 'owner', 'category', 'priority', 'service'] as const) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  if (view.unowned) params.set('unowned', '1');
  if (view.overdue) params.set('overdue', '1');
  if (view.sort !== 'incident') params.set('sort', view.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Every filter set must hold; overdue is counted against `today`. */
export function matchesFollowUpView(row: FollowUpKeys, view: FollowUpView, today: CalendarDate): boolean {
  if (view.timing && row.timing !== view.timing) return false;
  if (view.status === 'open' ? !isOpen(row) : view.status && row.status !== view.status) return false;
  if (view.owner && row.owner !== view.owner) return false;
  if (view.unowned && row.owner !== undefined) return false;
  if (view.category && row.category !== view.category) return false;
  if (view.priority && row.priority !== view.priority) return false;
  if (view.service && !row.services.some((service) => service.slug === view.service)) return false;
  if (view.overdue && !isOverdue(row, today)) return false;
  return true;
}

// Rows without a due date or a priority go last; ties keep the given order (Array.sort is stable).
const LAST = '\uffff';

/** Compares rows for a sort; `incident` keeps the given order. */
export function compareFollowUps(sort: FollowUpSort): (a: FollowUpKeys, b: FollowUpKeys) => number {
  const byDue = (a: FollowUpKeys, b: FollowUpKeys) => (a.due ?? LAST).localeCompare(b.due ?? LAST);
  const byPriority = (a: FollowUpKeys, b: FollowUpKeys) => (a.priority ?? LAST).localeCompare(b.priority ?? LAST);
  if (sort === 'due') return (a, b) => byDue(a, b) || byPriority(a, b);
  if (sort === 'priority') return (a, b) => byPriority(a, b) || byDue(a, b);
  return () => 0;
}

/** The rows the reader sees, in the order they see them. */
export function applyFollowUpView<T extends FollowUpKeys>(rows: readonly T[], view: FollowUpView, today: CalendarDate): T[] {
  return rows.filter((row) => matchesFollowUpView(row, view, today)).sort(compareFollowUps(view.sort));
}
