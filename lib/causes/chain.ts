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
  const ledFrom = new Map<string, string[]>(causes.map((cause) => [cause.id, []]));
  for (const cause of causes) for (const target of cause.leadsTo) ledFrom.get(target)?.push(cause.id);

  const placed = new Set<string>();
  const ordered: ChainLink[] = [];
  while (ordered.length < causes.length) {
    const next = causes.find(
      (cause) => !placed.has(cause.id) && (ledFrom.get(cause.id) ?? []).every((source) => placed.has(source)),
    );
    if (!next) break;
    placed.add(next.id);
    const sources = ledFrom.get(next.id) ?? [];
    ordered.push({ ...next, isRoot: sources.length === 0, ledFrom: sources });
  }
  return ordered;
}
