/**
 * Long incidents carry runs of status updates that say little one by one.
 * A run of at least `MIN_GROUP_SIZE` consecutive `communication` events is
 * shown as one collapsible group; everything else stays a single entry.
 */
export const MIN_GROUP_SIZE = 3;

export type TimelineEntry<T> = { type: 'event'; event: T } | { type: 'group'; events: T[] };

export function groupCommunications<T extends { id: string; kind: string }>(events: readonly T[]): TimelineEntry<T>[] {
  const entries: TimelineEntry<T>[] = [];
  let run: T[] = [];
  const flush = () => {
    if (run.length >= MIN_GROUP_SIZE) entries.push({ type: 'group', events: run });
    else for (const event of run) entries.push({ type: 'event', event });
    run = [];
  };
  for (const event of events) {
    if (event.kind === 'communication') {
      run.push(event);
      continue;
    }
    flush();
    entries.push({ type: 'event', event });
  }
  flush();
  return entries;
}
