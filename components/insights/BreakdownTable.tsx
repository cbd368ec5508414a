import type { DurationFigure } from '@/lib/insights/figures';
import { tableRows, type InsightGroup } from '@/lib/insights/groups';
import { approximately, formatSignedDuration } from '@/lib/time/format';
import { tableStyle } from './table-style';

function CountLink({ value, href, approximate = false }: { value: number; href: string; approximate?: boolean }) {
  return <a href={href}>{approximately(value.toLocaleString('en-US'), approximate)}</a>;
}

function DurationCells({ figure, href, showLeftOut }: { figure: DurationFigure; href: string; showLeftOut: boolean }) {
  const duration = (name: 'medianMs' | 'p90Ms') => {
    const ms = figure[name];
    return ms === undefined ? '—' : <a href={href}>{approximately(formatSignedDuration(ms), figure.approximate.includes(name))}</a>;
  };
  return (
    <>
      <td>{duration('medianMs')}</td>
      <td>{duration('p90Ms')}</td>
      {showLeftOut && (
        <td>
          <CountLink value={figure.leftOut} href={href} />
        </td>
      )}
    </>
  );
}

/** Every figure of a breakdown, each a link to the incidents it came from. The accessible truth behind the charts. */
export function BreakdownTable({ caption, groupHeading, groups }: { caption: string; groupHeading: string; groups: readonly InsightGroup[] }) {
  return (
    <div className="table-scroll">
      <table className={tableStyle('right')}>
        <caption className="mb-2 text-left text-sm text-soft">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="text-left!">
              {groupHeading}
            </th>
            <th scope="col" rowSpan={2}>
              Incidents
            </th>
            <th scope="col" rowSpan={2}>
              Customer impact (min)
            </th>
            <th scope="colgroup" colSpan={3} className="text-center!">
              Time to detect
            </th>
            <th scope="colgroup" colSpan={3} className="text-center!">
              Time to mitigate
            </th>
            <th scope="colgroup" colSpan={2} className="text-center!">
              Time to resolve
            </th>
          </tr>
          <tr>
            <th scope="col">median</th>
            <th scope="col">p90</th>
            <th scope="col">no alert</th>
            <th scope="col">median</th>
            <th scope="col">p90</th>
            <th scope="col">no recovery</th>
            <th scope="col">median</th>
            <th scope="col">p90</th>
          </tr>
        </thead>
        <tbody>
          {tableRows(groups).map((row) => {
            if (row.type === 'quiet') {
              return (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>0</td>
                  <td colSpan={9} className="text-left! text-muted">
                    no incidents in these {row.months} months
                  </td>
                </tr>
              );
            }
            const { group } = row;
            return (
              <tr key={group.key}>
                <th scope="row">
                  <a href={group.path}>
                    {group.label}
                  </a>
                </th>
                <td>
                  <CountLink value={group.figures.incidents} href={group.path} />
                </td>
                <td>
                  <CountLink value={group.figures.customerImpactMinutes} href={group.path} approximate={group.figures.approximate.includes('customerImpactMinutes')} />
                </td>
                <DurationCells figure={group.figures.timeToDetect} href={group.path} showLeftOut />
                <DurationCells figure={group.figures.timeToMitigate} href={group.path} showLeftOut />
                <DurationCells figure={group.figures.timeToResolve} href={group.path} showLeftOut={false} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
