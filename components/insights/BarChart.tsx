/** One row of a horizontal bar chart: `value` drawn dark, `upper` (a p90, say) drawn light behind it. */
export type ChartBar = { label: string; value: number; upper?: number; text: string };

const LABEL_WIDTH = 130;
const BAR_WIDTH = 200;
const TEXT_WIDTH = 170;
const ROW = 22;
const TOP = 26;

const shorten = (label: string, max = 20) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/**
 * A server-rendered SVG bar chart with its numbers as real text. It repeats
 * the table next to it for the eye, so assistive technology skips it.
 */
export function BarChart({ title, bars }: { title: string; bars: readonly ChartBar[] }) {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.upper ?? 0)));
  const length = (value: number) => (Math.max(0, value) / max) * BAR_WIDTH;
  const width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH;
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
            <text x={LABEL_WIDTH - 8} y={y + 14} fontSize={12} textAnchor="end" fill="currentColor">
              {shorten(bar.label)}
            </text>
            {bar.upper !== undefined && <rect x={LABEL_WIDTH} y={y + 3} width={length(bar.upper)} height={ROW - 8} className="fill-sky-200 dark:fill-sky-900" />}
            <rect x={LABEL_WIDTH} y={y + 3} width={length(bar.value)} height={ROW - 8} className="fill-sky-700 dark:fill-sky-400" />
            <text x={LABEL_WIDTH + length(Math.max(bar.value, bar.upper ?? 0)) + 6} y={y + 14} fontSize={12} fill="currentColor">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
