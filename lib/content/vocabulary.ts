/**
 * The fixed words of an incident, kept apart from the zod schema so that
 * browser code can use them without shipping the validator.
 */
export const EVENT_KINDS = [
  'change',
  'alert',
  'impact',
  'investigation',
  'mitigation',
  'recovery',
  'communication',
] as const;

export const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export const REMEDIATION_CATEGORIES = ['prevent', 'detect', 'mitigate', 'respond'] as const;
export const REMEDIATION_STATUSES = ['planned', 'in-progress', 'done', 'wont-do'] as const;
/** `p1` is the most urgent. */
export const REMEDIATION_PRIORITIES = ['p1', 'p2', 'p3'] as const;
/** How bad an impact window was; a window that does not say is an outage. */
export const IMPACT_DEGREES = ['outage', 'partial', 'degraded'] as const;
/** Whether a remediation was done during the incident or is a follow-up. */
export const REMEDIATION_TIMINGS = ['during', 'after'] as const;
/** The three lists of the Lessons section, in the order the page shows them. */
export const LESSON_KINDS = ['wentWell', 'wentWrong', 'gotLucky'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type ImpactDegree = (typeof IMPACT_DEGREES)[number];
export type LessonKind = (typeof LESSON_KINDS)[number];
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];
export type RemediationCategory = (typeof REMEDIATION_CATEGORIES)[number];
export type RemediationPriority = (typeof REMEDIATION_PRIORITIES)[number];
export type RemediationTiming = (typeof REMEDIATION_TIMINGS)[number];

/** A remediation in one of these states is closed: it is never overdue and needs no owner or due date. */
export const CLOSED_REMEDIATION_STATUSES: readonly RemediationStatus[] = ['done', 'wont-do'];
