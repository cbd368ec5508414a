import type { ImpactWindow, TimelineEvent } from '../../../lib/content/schema';

/** A timeline event known to the minute, with the defaults the schema fills in. */
export const timedEvent = (id: string, at: string, kind: TimelineEvent['kind'], services?: string[]): TimelineEvent => ({
  id,
  at,
  precision: 'minute',
  approximate: false,
  kind,
  title: id,
  trigger: false,
  ...(services ? { services } : {}),
});

/** An impact window labelled with its id. */
export const impactWindow = (id: string, start: string, end: string, services?: string[]): ImpactWindow => ({
  id,
  start,
  end,
  label: id,
  ...(services ? { services } : {}),
});
