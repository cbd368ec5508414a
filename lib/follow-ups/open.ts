import { CLOSED_REMEDIATION_STATUSES, type RemediationStatus } from '../content/vocabulary';
import type { CalendarDate } from '../time/calendar-date';

/** Still to do: neither done nor dropped. */
export function isOpen(remediation: { status: RemediationStatus }): boolean {
  return !CLOSED_REMEDIATION_STATUSES.includes(remediation.status);
}

/** Due before `today` and still open. A follow-up due today is not overdue yet. */
export function isOverdue(remediation: { status: RemediationStatus; due?: CalendarDate }, today: CalendarDate): boolean {
  return remediation.due !== undefined && remediation.due < today && isOpen(remediation);
}
