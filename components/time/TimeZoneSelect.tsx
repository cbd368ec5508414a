'use client';

import { useId, useState, useEffect } from 'react';
import { zoneAbbreviation } from '@/lib/time/format';
import { useIncidentView } from '../incident-view/IncidentViewProvider';

/** Switches every time on the page between the incident's zone, UTC and the reader's own zone. */
export function TimeZoneSelect({ referenceIso }: { referenceIso: string }) {
  const { timeZone, setTimeZone, incidentTimeZone, hydrated } = useIncidentView();
  const id = useId();
  const [readerZone, setReaderZone] = useState<string | undefined>(undefined);
  useEffect(() => setReaderZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);

  const options: { zone: string; label: string }[] = [
    { zone: incidentTimeZone, label: `Incident zone: ${incidentTimeZone} (${zoneAbbreviation(incidentTimeZone, referenceIso)})` },
  ];
  if (incidentTimeZone !== 'UTC') options.push({ zone: 'UTC', label: 'UTC' });
  if (readerZone && !options.some((option) => option.zone === readerZone)) {
    options.push({ zone: readerZone, label: `Your zone: ${readerZone} (${zoneAbbreviation(readerZone, referenceIso)})` });
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
        className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
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
