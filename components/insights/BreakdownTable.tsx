import type { DurationFigure } from '@/lib/insights/figures';
import type { InsightGroup } from '@/lib/insights/groups';
import { formatSignedDuration } from '@/lib/time/format';

const cell = 'border-b border-slate-200 px-2 py-1 text-right tabular-nums dark:border-slate-800';
const link = 'underline-offset-2 hover:underline';

function CountLink({ value, href }: { value: number; href: string }) {
  return (
    <a href={href} className={link}>
      {value.toLocaleString('en-US')}
    </a>
  );
}

function DurationCells({ figure, href, showLeftOut }: { figure: DurationFigure; href: string; showLeftOut: boolean }) {
  const duration = (ms: number | undefined) =>
    ms === undefined ? (
      <span title="no incident of this group has this figure">—</span>
    ) : (
      <a href={href} className={link}>
        {formatSignedDuration(ms)}
      </a>
    );
  return (
    <>
      <td className={cell}>{duration(figure.medianMs)}</td>
      <td className={cell}>{duration(figure.p90Ms)}</td>
      {showLeftOut && (
        <td className={cell}>
          <CountLink value={figure.leftOut} href={href} />
        </td>
      )}
    </>
  );
}

/** Every figure of a breakdown, each a link to the incidents it came from. The accessible truth behind the charts. */
export function BreakdownTable({ caption, groupHeading, groups }: { caption: string; groupHeading: string; groups: readonly InsightGroup[] }) {
  const head = 'border-b border-slate-300 px-2 py-1 text-right font-medium dark:border-slate-700';
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-2 text-left text-sm text-slate-700 dark:text-slate-300">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className={`${head} text-left`}>
              {groupHeading}
            </th>
            <th scope="col" rowSpan={2} className={head}>
              Incidents
            </th>
            <th scope="col" rowSpan={2} className={head}>
              Customer impact (min)
            </th>
            <th scope="colgroup" colSpan={3} className={`${head} text-center`}>
              Time to detect
            </th>
            <th scope="colgroup" colSpan={3} className={`${head} text-center`}>
              Time to mitigate
            </th>
            <th scope="colgroup" colSpan={2} className={`${head} text-center`}>
              Time to resolve
            </th>
          </tr>
          <tr>
            <th scope="col" className={head}>median</th>
            <th scope="col" className={head}>p90</th>
            <th scope="col" className={head}>no alert</th>
            <th scope="col" className={head}>median</th>
            <th scope="col" className={head}>p90</th>
            <th scope="col" className={head}>no recovery</th>
            <th scope="col" className={head}>median</th>
            <th scope="col" className={head}>p90</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <a href={group.path} className={link}>
                  {group.label}
                </a>
              </th>
              <td className={cell}>
                <CountLink value={group.figures.incidents} href={group.path} />
              </td>
              <td className={cell}>
                <CountLink value={group.figures.customerImpactMinutes} href={group.path} />
              </td>
              <DurationCells figure={group.figures.timeToDetect} href={group.path} showLeftOut />
              <DurationCells figure={group.figures.timeToMitigate} href={group.path} showLeftOut />
              <DurationCells figure={group.figures.timeToResolve} href={group.path} showLeftOut={false} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
