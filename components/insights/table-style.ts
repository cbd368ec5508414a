/**
 * Table styling set once on the <table>, not on each cell: a page carries
 * every cell twice (its HTML and React's payload), so per-cell classes weigh.
 * When a phone scrolls the table sideways, the caption wraps to the screen
 * rather than run off it, and a row's heading (an incident's title, a
 * service) keeps a reading width. A right-aligned table holds figures,
 * each on one line ("1 h 38 min", not "1 h 38" over "min").
 */
export function tableStyle(align: 'left' | 'right'): string {
  const text = align === 'right' ? '[&_td]:text-right [&_td]:whitespace-nowrap [&_thead_th]:text-right' : '[&_td]:text-left [&_thead_th]:text-left';
  return `w-full text-sm tabular-nums ${text} [&_caption]:max-w-[calc(100vw-2rem)] [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 print:[&_td]:whitespace-nowrap dark:[&_td]:border-slate-800 [&_tbody_th]:border-b [&_tbody_th]:border-slate-200 [&_tbody_th]:px-2 [&_tbody_th]:py-1 [&_tbody_th]:min-w-40 [&_tbody_th]:text-left [&_tbody_th]:font-normal dark:[&_tbody_th]:border-slate-800 [&_thead_th]:border-b [&_thead_th]:border-slate-300 [&_thead_th]:px-2 [&_thead_th]:py-1 [&_thead_th]:font-medium dark:[&_thead_th]:border-slate-700 [&_a]:underline-offset-2 [&_a:hover]:underline`;
}
