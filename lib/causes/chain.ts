import type { Cause } from '../content/schema';

export type ChainLink = Cause & {
  /** True for a cause nothing else led to: where the chain starts. */
  isRoot: boolean;
  /** Ids of the causes that led to this one. */
  ledFrom: string[];
};

/**
 * The causes in reading order: every cause after all the causes that led to it
 * (a topological order), ties kept in the order the author wrote them.
 * Assumes the graph has no cycle, which the content rules guarantee.
 */
export function orderCauseChain(causes: readonly Cause[]): ChainLink[] {
  const indexOf = new Map(causes.map((cause, index) => [cause.id, index]));
  const ledFrom = new Map<string, string[]>(causes.map((cause) => [cause.id, []]));
  for (const cause of causes) for (const target of cause.leadsTo) ledFrom.get(target)?.push(cause.id);

  // Kahn's algorithm; of the causes ready to place, the one written first goes first.
  const waiting = new Map(causes.map((cause) => [cause.id, new Set(ledFrom.get(cause.id)).size]));
  const ready = new MinHeap();
  causes.forEach((cause, index) => {
    if (waiting.get(cause.id) === 0) ready.push(index);
  });
  const ordered: ChainLink[] = [];
  while (ready.size > 0) {
    const next = causes[ready.pop()]!;
    const sources = ledFrom.get(next.id) ?? [];
    ordered.push({ ...next, isRoot: sources.length === 0, ledFrom: sources });
    for (const target of new Set(next.leadsTo)) {
      const left = waiting.get(target);
      if (left === undefined) continue;
      waiting.set(target, left - 1);
      if (left === 1) ready.push(indexOf.get(target)!);
    }
  }
  return ordered;
}

/** Smallest number first; enough of a priority queue for author order. */
class MinHeap {
  private items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number) {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right]! < items[left]! ? right : left;
        if (items[child]! >= last) break;
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}
