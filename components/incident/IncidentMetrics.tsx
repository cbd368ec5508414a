import type { Incident } from '@/lib/content/load';
import { formatDuration, isoDuration } from '@/lib/time/format';
import { LocalTime } from '../time/LocalTime';

function Duration({ ms }: { ms: number }) {
  return <time dateTime={isoDuration(ms)}>{formatDuration(ms)}</time>;
}

/** The derived figures: how long customers were hurt and how fast each step of the response came. */
export function IncidentMetrics({ incident }: { incident: Incident }) {
  const { metrics } = incident;
  const detect = metrics.timeToDetectMs;
  const figures: { term: string; help: string; value: React.ReactNode }[] = [
    {
      term: 'Customer impact',
      help: 'Time inside the impact windows',
      value: <Duration ms={metrics.customerImpactMs} />,
    },
    {
      term: 'Trigger to alert',
      help: 'From the triggering change to the first alert',
      value: metrics.triggerToAlertMs === undefined ? 'not given' : <Duration ms={metrics.triggerToAlertMs} />,
    },
    {
      term: 'Time to detect',
      help: 'From impact start to the first alert',
      value:
        detect === undefined ? 'no alert recorded' : detect < 0 ? (
          <>
            <Duration ms={detect} /> before impact
          </>
        ) : (
          <Duration ms={detect} />
        ),
    },
    {
      term: 'Time to mitigate',
      help: 'From impact start to the first recovery',
      value: metrics.timeToMitigateMs === undefined ? 'no recovery recorded' : <Duration ms={metrics.timeToMitigateMs} />,
    },
    {
      term: 'Time to resolve',
      help: 'From impact start to the end of the last impact window',
      value: <Duration ms={metrics.timeToResolveMs} />,
    },
  ];

  return (
    <div className="mt-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {figures.map((figure) => (
          <div key={figure.term} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
            <dt className="text-xs font-medium text-slate-600 dark:text-slate-400" title={figure.help}>
              {figure.term}
            </dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums">{figure.value}</dd>
            <dd className="text-xs text-slate-600 dark:text-slate-400">{figure.help}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        Customer impact from <LocalTime incidentZone={incident.timeZone} iso={metrics.impactStart} show="datetime" /> to{' '}
        <LocalTime incidentZone={incident.timeZone} iso={metrics.impactEnd} show="datetime" />.
      </p>
      {metrics.serviceImpact.some((service) => service.firstRecovery) && (
        <table className="mt-3 w-full max-w-xl text-left text-sm">
          <caption className="text-left text-sm font-medium">Recovery by service</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="py-1 pr-3 font-medium">Service</th>
              <th scope="col" className="py-1 pr-3 font-medium">Impact</th>
              <th scope="col" className="py-1 font-medium">First recovery</th>
            </tr>
          </thead>
          <tbody>
            {metrics.serviceImpact.map((service) => (
              <tr key={service.service} className="border-b border-slate-100 dark:border-slate-900">
                <th scope="row" className="py-1 pr-3 font-normal">{service.service}</th>
                <td className="py-1 pr-3 tabular-nums"><Duration ms={service.impactMs} /></td>
                <td className="py-1">
                  {service.firstRecovery ? (
                    <a href={`#${service.firstRecovery.eventId}`} className="underline underline-offset-2">
                      <LocalTime incidentZone={incident.timeZone} iso={service.firstRecovery.at} /> (after <Duration ms={service.firstRecovery.sinceImpactStartMs} />)
                    </a>
                  ) : (
                    'not given'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
