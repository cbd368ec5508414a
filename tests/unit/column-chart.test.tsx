import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ColumnChart, type ChartColumn } from '@/components/insights/ColumnChart';

/** Months from `first` (yyyy-mm) on, `count` of them, each with one incident. */
function months(first: string, count: number): ChartColumn[] {
  const [year, month] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 + index, 1));
    const key = date.toISOString().slice(0, 7);
    return { key, label: key, value: 1 };
  });
}

const yearLabels = (columns: ChartColumn[]) =>
  [...renderToStaticMarkup(<ColumnChart title="Incidents per month" columns={columns} maxText={String} />).matchAll(/>(\d{4})<\/text>/g)].map(
    (match) => match[1],
  );

describe('the month chart', () => {
  it('labels the first month and every January with its year', () => {
    expect(yearLabels(months('2022-08', 29))).toEqual(['2022', '2023', '2024']);
  });

  it('leaves out the first month\'s year when the next January is too close for both labels', () => {
    expect(yearLabels(months('2022-11', 26))).toEqual(['2023', '2024']);
  });

  it('labels the first month when no January follows', () => {
    expect(yearLabels(months('2024-03', 6))).toEqual(['2024']);
  });

  it('writes its title as text above the picture, where it wraps', () => {
    expect(renderToStaticMarkup(<ColumnChart title="Time to resolve per month" columns={months('2024-01', 3)} maxText={String} />)).toMatch(
      /^<div aria-hidden="true"[^>]*><p[^>]*>Time to resolve per month<\/p><svg/,
    );
  });
});
