/**
 * Nearest-rank percentile: the smallest value such that at least p % of the
 * values are at or below it. It is always one of the values (an incident's own
 * figure, which a reader can find in the list), and needs no interpolation.
 * Undefined for no values.
 */
export function nearestRank(values: readonly number[], percent: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[rank - 1];
}

/** The median by nearest rank: for an even count, the lower of the two middle values. */
export function median(values: readonly number[]): number | undefined {
  return nearestRank(values, 50);
}

export function p90(values: readonly number[]): number | undefined {
  return nearestRank(values, 90);
}
