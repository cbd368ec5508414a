import type { HtmlSize } from './html-size';
import type { LighthouseFigures } from './lighthouse-figures';
import { kb } from './measure';

/** One measured page: its sizes and the median of its Lighthouse runs. */
export type PageFigures = { size: HtmlSize; lighthouse: LighthouseFigures };

export type BudgetOutcome = {
  budget: string;
  measured: string;
  /** Undefined when this run did not measure the page the budget is about. */
  pass: boolean | undefined;
};

const KB = 1024;

/**
 * The page budgets of issue 8 (point 6): on the 3,000-event copy, total
 * blocking time ≤ 300 ms and performance ≥ 90; the 30-event copy scores at
 * least what the bare page scores; the December 11 page as it is stays within
 * 15 KB gzipped and 120 KB raw, its inline RSC payload included (checked when
 * it is given). `servedBy` names the server in the Lighthouse budgets.
 */
export function checkPageBudgets(
  pages: { copies: ReadonlyMap<number, PageFigures>; bare: PageFigures; december11?: PageFigures },
  servedBy?: string,
): BudgetOutcome[] {
  const large = pages.copies.get(3000)?.lighthouse;
  const small = pages.copies.get(30)?.lighthouse;
  const by = servedBy === undefined ? '' : ` (${servedBy})`;
  const notMeasured = { measured: 'not measured in this run', pass: undefined };
  const lighthouseBudgets: BudgetOutcome[] = [
    {
      budget: `3,000-event page${by}: total blocking time ≤ 300 ms`,
      ...(large ? { measured: `${Math.round(large.totalBlockingTimeMs).toLocaleString('en-US')} ms`, pass: large.totalBlockingTimeMs <= 300 } : notMeasured),
    },
    {
      budget: `3,000-event page${by}: performance ≥ 90`,
      ...(large ? { measured: String(large.performance), pass: large.performance >= 90 } : notMeasured),
    },
    {
      budget: `30-event page${by}: performance ≥ the bare page's`,
      ...(small
        ? { measured: `${small.performance} (bare page ${pages.bare.lighthouse.performance})`, pass: small.performance >= pages.bare.lighthouse.performance }
        : notMeasured),
    },
  ];
  const real = pages.december11?.size;
  if (!real) return lighthouseBudgets;
  return [
    ...lighthouseBudgets,
    { budget: 'December 11 page: ≤ 15 KB gzipped', measured: kb(real.gzipBytes), pass: real.gzipBytes <= 15 * KB },
    { budget: 'December 11 page: ≤ 120 KB raw, RSC payload included', measured: kb(real.rawBytes), pass: real.rawBytes <= 120 * KB },
  ];
}

export const verdict = (pass: boolean | undefined) => (pass === undefined ? '—' : pass ? 'pass' : 'FAIL');
