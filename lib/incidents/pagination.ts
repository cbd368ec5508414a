/** The index shows the newest incidents a page at a time, so its size does not grow with the library. */
export const INDEX_PAGE_SIZE = 25;

export const indexPagePath = (page: number) => (page <= 1 ? '/' : `/page/${page}`);

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / INDEX_PAGE_SIZE));
}

export function pageOf<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * INDEX_PAGE_SIZE, page * INDEX_PAGE_SIZE);
}
