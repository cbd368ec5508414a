import { Fragment } from 'react';

/** One row of a horizontal bar chart: `value` drawn strong, `upper` (a p90, say) drawn faint behind it, in either colour scheme. */
export type ChartBar = { label: string; value: number; upper?: number; text: string };

const percent = (value: number, max: number) => `${(Math.max(0, value) / max) * 100}%`;

/**
 * A horizontal bar chart in HTML: a label, a bar and its figure per row, the
 * bars taking what the labels and figures leave (5rem at least: on a phone a
 * long label takes two lines, then is cut short, and a long figure wraps), so that its text keeps
 * its size on any screen. It repeats the table next to it for the eye,
 * so assistive technology skips it.
 */
export function BarChart({ title, bars }: { title: string; bars: readonly ChartBar[] }) {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.upper ?? 0)));
  return (
    <div aria-hidden="true" className="w-90 max-w-full text-xs text-slate-900 dark:text-slate-100">
      <p className="text-[13px] font-semibold">{title}</p>
      <div className="mt-1 grid grid-cols-[minmax(0,max-content)_minmax(5rem,1fr)_minmax(0,max-content)] items-center gap-x-2 gap-y-1 print:[print-color-adjust:exact]">
        {bars.map((bar, index) => (
          <Fragment key={`${bar.label}-${index}`}>
            <span className="line-clamp-2 max-w-36 text-right" title={bar.label}>
              {bar.label}
            </span>
            <span className="relative h-3.5">
              {bar.upper !== undefined && <span className="absolute inset-y-0 left-0 bg-sky-200 dark:bg-sky-900" style={{ width: percent(bar.upper, max) }} />}
              <span className="absolute inset-y-0 left-0 bg-sky-700 dark:bg-sky-400" style={{ width: percent(bar.value, max) }} />
            </span>
            {/* A figure such as "3 h · p90 4 h 22 min" breaks, if it must, only between its parts. */}
            <span className="tabular-nums">
              {bar.text.split(' · ').map((part, partIndex) => (
                <Fragment key={partIndex}>
                  {partIndex > 0 && ' · '}
                  <span className="whitespace-nowrap">{part}</span>
                </Fragment>
              ))}
            </span>
          </Fragment>
        ))}
      </div>
    </div>
  );
}
