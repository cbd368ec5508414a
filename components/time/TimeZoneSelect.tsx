'use client';

import { useId, useState } from 'react';
import { zoneAbbreviation } from '@/lib/time/format';
import { useIncidentView } from '../url-state/IncidentViewProvider';

type TimeZoneSelectProps = {
  /** The instant zone abbreviations are read at (PST or PDT). */
  referenceIso: string;
  /** The incident zone's abbreviation at that instant, worked out on the server. */
  incidentZoneAbbreviation: string;
};

/**
 * Switches every time on the page between the incident's zone, UTC and the reader's own zone.
 *
 * The reader's zone is looked up when they reach for the list, not while the
 * page starts: a browser's first use of Intl loads its time zone data, some
 * 20 ms of a page's start.
 */
export function TimeZoneSelect({ referenceIso, incidentZoneAbbreviation }: TimeZoneSelectProps) {
  const { timeZone, setTimeZone, incidentTimeZone, hydrated } = useIncidentView();
  const id = useId();
  const [ownZone, setOwnZone] = useState<string>();
  const lookUpOwnZone = () => setOwnZone((zone) => zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);

  const options: { zone: string; label: string }[] = [{ zone: incidentTimeZone, label: `Incident: ${incidentTimeZone} (${incidentZoneAbbreviation})` }];
  if (incidentTimeZone !== 'UTC') options.push({ zone: 'UTC', label: 'UTC' });
  if (ownZone && !options.some((option) => option.zone === ownZone)) {
    options.push({ zone: ownZone, label: `Local: ${ownZone} (${zoneAbbreviation(ownZone, referenceIso)})` });
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
        onFocus={lookUpOwnZone}
        onPointerDown={lookUpOwnZone}
        onChange={(event) => setTimeZone(event.target.value)}
        className="max-w-full rounded-md border border-slate-300 bg-white px-1 py-1 dark:border-slate-700 dark:bg-slate-900"
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
