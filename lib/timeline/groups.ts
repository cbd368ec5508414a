import { runsOf } from '../runs';

/**
 * Long incidents carry runs of status updates that say little one by one.
 * A run of at least `MIN_GROUP_SIZE` consecutive `communication` events is
 * shown as one collapsible group; everything else stays a single entry.
 */
export const MIN_GROUP_SIZE = 3;

export type TimelineEntry<T> = { type: 'event'; event: T } | { type: 'group'; events: T[] };

export function groupCommunications<T extends { id: string; kind: string }>(events: readonly T[]): TimelineEntry<T>[] {
  return runsOf(events, (event) => event.kind === 'communication').flatMap(({ joined, items }): TimelineEntry<T>[] =>
    joined && items.length >= MIN_GROUP_SIZE ? [{ type: 'group', events: items }] : items.map((event) => ({ type: 'event', event })),
  );
}
