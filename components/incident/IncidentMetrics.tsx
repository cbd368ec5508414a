import type { Incident } from '@/lib/content/load';
import type { IncidentWindow } from '@/lib/incident/model';
import type { IncidentMetrics as Figures } from '@/lib/timeline/metrics';
import { approximately, formatDuration, isoDuration } from '@/lib/time/format';
import { LocalTime } from '../time/LocalTime';
import { ImpactDegreeBadge } from '../ui/ImpactDegreeBadge';
import { ItemLinks } from '../ui/ItemLinks';

function Duration({ ms, approximate = false }: { ms: number; approximate?: boolean | undefined }) {
  return <time dateTime={isoDuration(ms)}>{approximately(formatDuration(ms), approximate)}</time>;
}

function Detection({ ms, approximate }: { ms: number; approximate: boolean }) {
  return ms < 0 ? (
    <>
      <Duration ms={-ms} approximate={approximate} /> before impact
    </>
  ) : (
    <Duration ms={ms} approximate={approximate} />
  );
}

/** The derived figures: how long customers were hurt and how fast each step of the response came. */
export function IncidentMetrics({ incident }: { incident: Incident }) {
  const { metrics } = incident;
  const detect = metrics.timeToDetectMs;
  const rough = (figure: Figures['approximate'][number]) => metrics.approximate.includes(figure);
  const figures: { term: string; help: string; value: React.ReactNode }[] = [
    {
      term: 'Customer impact',
      help: 'Time inside the impact windows',
      value: <Duration ms={metrics.customerImpactMs} approximate={rough('customerImpactMs')} />,
    },
    {
      term: 'Trigger to alert',
      help: 'From the trigger to the first alert',
      value: metrics.triggerToAlertMs === undefined ? 'not given' : <Duration ms={metrics.triggerToAlertMs} approximate={rough('triggerToAlertMs')} />,
    },
    {
      term: 'Time to detect',
      help: 'From impact start to the first alert',
      value: detect === undefined ? 'no alert recorded' : <Detection ms={detect} approximate={rough('timeToDetectMs')} />,
    },
    {
      term: 'Time to mitigate',
      help: 'From impact start to the first recovery',
      value:
        metrics.timeToMitigateMs === undefined ? 'no recovery recorded' : <Duration ms={metrics.timeToMitigateMs} approximate={rough('timeToMitigateMs')} />,
    },
    {
      term: 'Time to resolve',
      help: 'From impact start to the end of the last window',
      value: <Duration ms={metrics.timeToResolveMs} approximate={rough('timeToResolveMs')} />,
    },
  ];
  const windows = incident.impactWindows;
  const anyApproximate =
    metrics.approximate.length > 0 ||
    windows.some((window) => window.figures.approximate.length > 0) ||
    metrics.serviceImpact.some((service) => service.approximate.length > 0 || (service.firstRecovery?.approximate.length ?? 0) > 0);

  return (
    <div className="mt-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {figures.map((figure) => (
          <div key={figure.term} className="figure-card">
            <dt className="text-xs font-medium text-muted">{figure.term}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums">{figure.value}</dd>
            <dd className="text-xs text-muted">{figure.help}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-soft">
        {windows.length === 1 ? (
          <>
            Customer impact from{' '}
            <LocalTime incidentZone={incident.timeZone} iso={metrics.impactStart} show="datetime" approximate={rough('impactStart')} /> to{' '}
            <LocalTime incidentZone={incident.timeZone} iso={metrics.impactEnd} show="datetime" approximate={rough('impactEnd')} />.
          </>
        ) : (
          <>
            {windows.length} impact windows:{' '}
            {windows.map((window, i) => (
              <span key={window.id}>
                {i > 0 && (i === windows.length - 1 ? ' and ' : ', ')}
                <a href={`#${window.id}`} className="link">
                  <LocalTime
                    incidentZone={incident.timeZone}
                    iso={window.start}
                    show={i === 0 ? 'datetime' : 'time'}
                    approximate={window.approximate?.includes('start')}
                    sameDayAs={windows[i - 1]?.end}
                  />
                  –
                  <LocalTime
                    incidentZone={incident.timeZone}
                    iso={window.end}
                    approximate={window.approximate?.includes('end')}
                    sameDayAs={window.start}
                  />
                </a>
              </span>
            ))}
            , <Duration ms={metrics.customerImpactMs} approximate={rough('customerImpactMs')} /> in all
            {metrics.impactSpans.length < windows.length &&
              (metrics.impactSpans.length === 1 ? ', with no gap between them' : `, in ${metrics.impactSpans.length} stretches with gaps between`)}
            .
          </>
        )}
        {anyApproximate && ' ≈ marks a rough time, and any figure counted from one.'}
      </p>
      <ol id="impact-windows" className="mt-3 grid gap-3 sm:grid-cols-2" aria-label="Impact windows">
        {windows.map((window) => (
          <ImpactWindowItem key={window.id} window={window} incidentZone={incident.timeZone} />
        ))}
      </ol>
      {metrics.serviceImpact.some((service) => service.firstRecovery) && (
        <table className="service-recovery">
          <caption className="text-left text-sm font-medium">Recovery by service, counted from each service&apos;s first impact</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">First impact</th>
              <th scope="col">Impact</th>
              <th scope="col">First recovery</th>
            </tr>
          </thead>
          <tbody>
            {metrics.serviceImpact.map((service) => (
              <tr key={service.service}>
                <th scope="row">{service.service}</th>
                <td>
                  {service.impactStart ? (
                    <LocalTime
                      incidentZone={incident.timeZone}
                      iso={service.impactStart}
                      approximate={service.approximate.includes('impactStart')}
                      sameDayAs={metrics.impactStart}
                    />
                  ) : (
                    'none'
                  )}
                </td>
                <td className="tabular-nums">
                  <Duration ms={service.impactMs} approximate={service.approximate.includes('impactMs')} />
                </td>
                <td>
                  {service.firstRecovery ? (
                    <a href={`#${service.firstRecovery.eventId}`} className="link">
                      <LocalTime
                        incidentZone={incident.timeZone}
                        iso={service.firstRecovery.at}
                        approximate={service.firstRecovery.approximate.includes('at')}
                        sameDayAs={service.impactStart}
                      />{' '}
                      (after{' '}
                      <Duration
                        ms={service.firstRecovery.sinceServiceImpactStartMs}
                        approximate={service.firstRecovery.approximate.includes('sinceServiceImpactStartMs')}
                      />
                      )
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

function ImpactWindowItem({ window, incidentZone }: { window: IncidentWindow; incidentZone: string }) {
  const { figures } = window;
  return (
    <li id={window.id} className="rounded-md border border-slate-200 p-3 text-sm target:border-amber-500 dark:border-slate-800">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <ImpactDegreeBadge degree={window.degree} />
        <span className="text-soft">
          <LocalTime incidentZone={incidentZone} iso={window.start} show="datetime" approximate={window.approximate?.includes('start')} /> to{' '}
          <LocalTime incidentZone={incidentZone} iso={window.end} approximate={window.approximate?.includes('end')} sameDayAs={window.start} />,{' '}
          <Duration ms={figures.durationMs} approximate={figures.approximate.includes('durationMs')} />
        </span>
      </p>
      <p className="mt-1 font-medium">{window.label}</p>
      {window.measure && <p className="mt-1 text-soft">{window.measure}</p>}
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-soft">
        <div className="flex gap-1">
          <dt>Detected:</dt>
          <dd>
            {figures.timeToDetectMs === undefined || figures.firstAlertId === undefined ? (
              'no alert in this window'
            ) : (
              <a href={`#${figures.firstAlertId}`} className="link">
                {figures.timeToDetectMs < 0 ? '' : 'after '}
                <Detection ms={figures.timeToDetectMs} approximate={figures.approximate.includes('timeToDetectMs')} />
              </a>
            )}
          </dd>
        </div>
        <div className="flex gap-1">
          <dt>Mitigated:</dt>
          <dd>
            {figures.timeToMitigateMs === undefined || figures.firstRecoveryId === undefined ? (
              'no recovery in this window'
            ) : (
              <a href={`#${figures.firstRecoveryId}`} className="link">
                after <Duration ms={figures.timeToMitigateMs} approximate={figures.approximate.includes('timeToMitigateMs')} />
              </a>
            )}
          </dd>
        </div>
      </dl>
      <ItemLinks label="Caused by" items={window.causes} className="mt-1" />
    </li>
  );
}
