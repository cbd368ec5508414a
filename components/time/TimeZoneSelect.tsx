'use client';

import { useId, useSyncExternalStore } from 'react';
import { zoneAbbreviation } from '@/lib/time/format';
import { useIncidentView } from '../url-state/IncidentViewProvider';

const subscribe = () => () => {};
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noZone = () => undefined;

/** Switches every time on the page between the incident's zone, UTC and the reader's own zone. */
export function TimeZoneSelect({ referenceIso }: { referenceIso: string }) {
  const { timeZone, setTimeZone, incidentTimeZone, hydrated } = useIncidentView();
  const id = useId();
  const ownZone = useSyncExternalStore(subscribe, readerZone, noZone);

  const options: { zone: string; label: string }[] = [
    { zone: incidentTimeZone, label: `Incident zone: ${incidentTimeZone} (${zoneAbbreviation(incidentTimeZone, referenceIso)})` },
  ];
  if (incidentTimeZone !== 'UTC') options.push({ zone: 'UTC', label: 'UTC' });
  if (ownZone && !options.some((option) => option.zone === ownZone)) {
    options.push({ zone: ownZone, label: `Your zone: ${ownZone} (${zoneAbbreviation(ownZone, referenceIso)})` });
  }
  if (!options.some((option) => option.zone === timeZone)) {
    options.push({ zone: timeZone, label: `${timeZone} (${zoneAbbreviation(timeZone, referenceIso)})` });
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium">
        Times in
      </label>
      <select
        id={id}
        value={timeZone}
        disabled={!hydrated}
        onChange={(event) => setTimeZone(event.target.value)}
        className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
      >
        {options.map((option) => (
          <option key={option.zone} value={option.zone}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
