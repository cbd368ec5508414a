import { textWidth } from './chart-text';

/** One row of a horizontal bar chart: `value` drawn dark, `upper` (a p90, say) drawn light behind it. */
export type ChartBar = { label: string; value: number; upper?: number; text: string };

const BAR_WIDTH = 200;
const ROW = 22;
const TOP = 26;
const FONT_SIZE = 12;
const MAX_LABEL_CHARACTERS = 18;

const shorten = (label: string) => (label.length > MAX_LABEL_CHARACTERS ? `${label.slice(0, MAX_LABEL_CHARACTERS - 1)}…` : label);

/**
 * A server-rendered SVG bar chart with its numbers as real text. It repeats
 * the table next to it for the eye, so assistive technology skips it. It is
 * as wide as its longest label and figure need, so that a narrow screen,
 * which scales it down, scales it no more than it must.
 */
export function BarChart({ title, bars }: { title: string; bars: readonly ChartBar[] }) {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.upper ?? 0)));
  const length = (value: number) => (Math.max(0, value) / max) * BAR_WIDTH;
  const labels = bars.map((bar) => shorten(bar.label));
  const labelWidth = textWidth(labels, FONT_SIZE) + 8;
  const width = Math.max(labelWidth + BAR_WIDTH + 6 + textWidth(bars.map((bar) => bar.text), FONT_SIZE), textWidth([title], 13));
  const height = TOP + bars.length * ROW;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" className="h-auto max-w-full text-slate-900 dark:text-slate-100">
      <text x={0} y={14} fontSize={13} fontWeight={600} fill="currentColor">
        {title}
      </text>
      {bars.map((bar, index) => {
        const y = TOP + index * ROW;
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={labelWidth - 8} y={y + 14} fontSize={FONT_SIZE} textAnchor="end" fill="currentColor">
              {labels[index]}
            </text>
            {bar.upper !== undefined && <rect x={labelWidth} y={y + 3} width={length(bar.upper)} height={ROW - 8} className="fill-sky-200 dark:fill-sky-900" />}
            <rect x={labelWidth} y={y + 3} width={length(bar.value)} height={ROW - 8} className="fill-sky-700 dark:fill-sky-400" />
            <text x={labelWidth + length(Math.max(bar.value, bar.upper ?? 0)) + 6} y={y + 14} fontSize={FONT_SIZE} fill="currentColor">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
