import { CLOSED_REMEDIATION_STATUSES, type RemediationStatus, type RemediationTiming } from '../content/vocabulary';
import type { CalendarDate } from '../time/calendar-date';

/** Still to do: neither done nor dropped. */
export function isOpen(remediation: { status: RemediationStatus }): boolean {
  return !CLOSED_REMEDIATION_STATUSES.includes(remediation.status);
}

/**
 * An open follow-up: work after the incident (`timing: after`) still to do. What was
 * done during the incident is not a follow-up, whatever its status says.
 */
export function isOpenFollowUp(remediation: { status: RemediationStatus; timing: RemediationTiming }): boolean {
  return remediation.timing === 'after' && isOpen(remediation);
}

/** Due before `today` and still open. A follow-up due today is not overdue yet. */
export function isOverdue(remediation: { status: RemediationStatus; due?: CalendarDate }, today: CalendarDate): boolean {
  return remediation.due !== undefined && remediation.due < today && isOpen(remediation);
}
