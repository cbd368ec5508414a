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

export type EventKind = (typeof EVENT_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];
export type RemediationCategory = (typeof REMEDIATION_CATEGORIES)[number];
export type RemediationPriority = (typeof REMEDIATION_PRIORITIES)[number];

/** A remediation in one of these states is closed: it is never overdue and needs no owner or due date. */
export const CLOSED_REMEDIATION_STATUSES: readonly RemediationStatus[] = ['done', 'wont-do'];
