import type { FollowUpGroup } from '@/lib/insights/open-follow-ups';
import { BarChart } from './BarChart';
import { tableStyle } from './table-style';


function FollowUpTable({ caption, groupHeading, groups }: { caption: string; groupHeading: string; groups: readonly FollowUpGroup[] }) {
  return (
    <table className={tableStyle('right')}>
      <caption className="mb-2 text-left text-soft">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left!">
            {groupHeading}
          </th>
          <th scope="col">
            Open follow-ups
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.key}>
            <th scope="row">
              {group.label}
            </th>
            <td>
              <a href={group.path}>
                {group.followUps.length.toLocaleString('en-US')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Remediations not done (nor given up), by how long ago their incident ended and by service. */
export function FollowUpSection({ byAge, byService, open, asOf }: { byAge: readonly FollowUpGroup[]; byService: readonly FollowUpGroup[]; open: number; asOf: string }) {
  const bars = (groups: readonly FollowUpGroup[]) =>
    groups.map((group) => ({ label: group.label, value: group.followUps.length, text: String(group.followUps.length) }));
  return (
    <section id="open-follow-ups" aria-labelledby="open-follow-ups-heading" className="mt-12">
      <h2 id="open-follow-ups-heading" className="text-2xl font-semibold tracking-tight">
        Open follow-ups
      </h2>
      <p className="mt-2 text-soft">
        {open.toLocaleString('en-US')} {open === 1 ? 'remediation is' : 'remediations are'} neither done nor dropped (won’t do), as of{' '}
        <time dateTime={asOf}>{asOf}</time>, the day this page was built. Age counts the days since the incident’s impact ended.
      </p>
      <div className="mt-4 grid grid-cols-1 gap-8 md:grid-cols-2">
        <figure className="flex flex-col gap-4">
          <BarChart title="Open follow-ups by age" bars={bars(byAge)} />
          <div>
            <FollowUpTable caption="By age: each number links to those follow-ups." groupHeading="Age" groups={byAge} />
          </div>
        </figure>
        <figure className="flex flex-col gap-4">
          <BarChart title="Open follow-ups by service" bars={bars(byService)} />
          <div>
            <FollowUpTable caption="By service: a follow-up counts for each service its incident affected." groupHeading="Service" groups={byService} />
          </div>
        </figure>
      </div>
    </section>
  );
}
