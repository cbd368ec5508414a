/** A list cut into runs: each stretch of consecutive items that `joins` accepts is one run, each other item one of its own. */
export function runsOf<T>(items: readonly T[], joins: (item: T) => boolean): { joined: boolean; items: T[] }[] {
  const runs: { joined: boolean; items: T[] }[] = [];
  for (const item of items) {
    const joined = joins(item);
    const last = runs.at(-1);
    if (joined && last?.joined) last.items.push(item);
    else runs.push({ joined, items: [item] });
  }
  return runs;
}
