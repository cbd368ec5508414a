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
export const REMEDIATION_STATUSES = ['planned', 'in-progress', 'done'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];
