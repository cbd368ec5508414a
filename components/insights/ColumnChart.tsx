import { textWidth } from './chart-text';

/** One month of a column chart: `value` dark, `upper` light behind it. */
export type ChartColumn = { key: string; label: string; value: number; upper?: number };

// About a phone's width (and w-90 below), so that a phone draws its text at nearly its size rather than half of it.
const WIDTH = 360;
const SCALE_FONT_SIZE = 11;
const TOP = 8;
const PLOT_HEIGHT = 120;
const BOTTOM = 20;

/**
 * Months side by side as columns, each January (and the first month)
 * labelled with its year, the scale's top written at the left, the title
 * above as text that wraps. Aria-hidden: the table beside it has every number.
 */
export function ColumnChart({ title, columns, maxText }: { title: string; columns: readonly ChartColumn[]; maxText: (max: number) => string }) {
  const max = Math.max(1, ...columns.map((column) => Math.max(column.value, column.upper ?? 0)));
  // The plot starts where the scale's top, written at its left, ends: at the same place in
  // every chart of a page, for tops up to a duration such as 23 h 59 min, so their months line up.
  const left = textWidth([maxText(max), '23 h 59 min'], SCALE_FONT_SIZE) + 6;
  const step = (WIDTH - left) / Math.max(1, columns.length);
  const barWidth = Math.max(1, step * 0.8);
  const height = (value: number) => (Math.max(0, value) / max) * PLOT_HEIGHT;
  const base = TOP + PLOT_HEIGHT;
  const yearWidth = textWidth(['2024'], SCALE_FONT_SIZE);
  // The first month's year, unless the next January's would run into it.
  const firstJanuary = columns.findIndex((column) => column.key.endsWith('-01'));
  const labelFirstYear = firstJanuary <= 0 || firstJanuary * step >= yearWidth + 4;
  return (
    <div aria-hidden="true" className="w-90 max-w-full text-slate-900 dark:text-slate-100">
      <p className="text-[13px] font-semibold">{title}</p>
      <svg viewBox={`0 0 ${WIDTH} ${base + BOTTOM}`} width={WIDTH} height={base + BOTTOM} className="h-auto max-w-full">
        <text x={left - 6} y={TOP + 10} fontSize={SCALE_FONT_SIZE} textAnchor="end" fill="currentColor">
          {maxText(max)}
        </text>
        <text x={left - 6} y={base} fontSize={SCALE_FONT_SIZE} textAnchor="end" fill="currentColor">
          0
        </text>
        <line x1={left} x2={WIDTH} y1={base + 0.5} y2={base + 0.5} stroke="currentColor" strokeOpacity={0.4} />
        {columns.map((column, index) => {
          const x = left + index * step + (step - barWidth) / 2;
          const showYear = column.key.endsWith('-01') || (index === 0 && labelFirstYear);
          return (
            <g key={column.key}>
              {column.upper !== undefined && (
                <rect x={x} y={base - height(column.upper)} width={barWidth} height={height(column.upper)} className="fill-sky-200 dark:fill-sky-900" />
              )}
              <rect x={x} y={base - height(column.value)} width={barWidth} height={height(column.value)} className="fill-sky-700 dark:fill-sky-400" />
              {showYear && (
                <text x={Math.min(x, WIDTH - yearWidth)} y={base + 14} fontSize={SCALE_FONT_SIZE} fill="currentColor">
                  {column.key.slice(0, 4)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
