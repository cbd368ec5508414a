import path from 'node:path';
import { EXAMPLE_VALUES, GUESS_COMMENT_OPENING, PLACEHOLDER_ID } from '../content/placeholders';
import { incidentFileName } from '../content/scaffold';
import { EVENT_KINDS, type EventKind } from '../content/vocabulary';
import { slugify } from '../slug';
import { isIsoDate, toEpochMs } from '../time/iso';
import { instantToIso, readWallClock, type WallClockReading } from '../time/zone-offset';
import type { Outcome } from './outcome';
import { withoutUnsafeCharacters } from './plain-text';
import { readSource } from './read-source';
import { draftIds, draftResult, writeDraft, type DraftFrontmatter, type ImportedDraft } from './write-draft';

/**
 * Notes taken during an incident, one line per event (`15:16 customer impact
 * begins`), turned into the timeline of a draft. A line is read only when it
 * says unambiguously when it happened; anything else is reported with its line
 * number and skipped, never guessed.
 */

export type NoteEvent = {
  line: number;
  at: string;
  approximate: boolean;
  kind: EventKind;
  /** True when the line named its kind; otherwise the kind is `investigation`. */
  kindGiven: boolean;
  title: string;
  detail: string[];
};

export type ReadNotes = { events: NoteEvent[]; notes: string[] };

// [~|≈] [yyyy-mm-dd] [~|≈] H:MM[:SS] [am|pm] [- – — : |] text
const NOTE_LINE =
  /^([~≈]\s*)?(?:(\d{4}-\d{2}-\d{2})(?:\s+|T))?([~≈]\s*)?\[?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?\]?(?=\s|$)\s*(?:[-–—:|]\s+)?(.*)$/i;
const KIND_WORD = /^([a-z]+)\s*:\s*(.*)$/i;
/** An offset after the time (`14:05 UTC`, `GMT+2`, `Z`, `+02:00`): the time is read at it. */
const OFFSET_AFTER_TIME = /^(?:(?:UTC|GMT)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|Z|([+-])(\d{2}):?(\d{2}))(?=[\s:|]|$)\s*(?:[-–—:|]\s+)?/;
/** A zone abbreviation after the time (`16:10 CEST`): it names no single offset (CST is China's or Central), so the line is not guessed at. */
const ABBREVIATION_AFTER_TIME = /^(?:[PMCE][SD]T|AK[SD]T|HST|BST|IST|[CEW]ES?T|MSK|[JK]ST|HKT|SGT|A[CEW][SD]T|NZ[SD]T)(?=[\s:|]|$)/;

const pad = (value: number) => String(value).padStart(2, '0');

/** How a note about a line the draft leaves out ends, so that the terminal can tell it from a choice the import made. */
export const SKIPPED = '; skipped';

/** Reads notes line by line; `date` is the day of the first note, `timeZone` the zone its clock times are in. */
export function readNotes(text: string, date: string, timeZone: string): ReadNotes {
  const events: NoteEvent[] = [];
  const notes: string[] = [];
  const skip = (line: number, why: string) => notes.push(`line ${line}: ${why}${SKIPPED}`);
  let currentDate = date;
  let previous: { epochMs: number; line: number; shown: string } | undefined;
  let lastLineRead = false;
  let removedCharacters = 0;

  text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).forEach((raw, index) => {
    const number = index + 1;
    const cleaned = withoutUnsafeCharacters(raw.replace(/\t/g, '  '));
    removedCharacters += cleaned.removed;
    const content = cleaned.text;
    if (content.trim() === '') return;

    if (/^\s/.test(content)) {
      if (lastLineRead) events.at(-1)!.detail.push(content.trim());
      else skip(number, `an indented line continues the note above it, but ${events.length === 0 ? 'there is none' : 'that line was skipped'}`);
      return;
    }
    lastLineRead = false;

    const match = NOTE_LINE.exec(content);
    if (!match) {
      skip(number, `expected a time and text such as "15:16 customer impact begins", got ${JSON.stringify(content.trim())}`);
      return;
    }
    const [, approxBefore, lineDate, approxAfter, hourText, minuteText, secondText, meridiem, rest = ''] = match;
    let hour = Number(hourText);
    const minute = Number(minuteText);
    const second = Number(secondText ?? 0);
    if (meridiem) {
      if (hour < 1 || hour > 12) return skip(number, `expected an hour from 1 to 12 before am/pm, got "${hourText}"`);
      hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return skip(number, `expected a time of day from 00:00 to 23:59, got "${hourText}:${minuteText}${secondText ? `:${secondText}` : ''}"`);
    if (lineDate !== undefined && !isIsoDate(lineDate)) return skip(number, `expected a real date as YYYY-MM-DD, got "${lineDate}"`);

    if (ABBREVIATION_AFTER_TIME.test(rest)) {
      const abbreviation = ABBREVIATION_AFTER_TIME.exec(rest)![0];
      return skip(number, `"${abbreviation}" after the time names no single offset; write the time in ${timeZone} (the --tz) with no zone after it, or in UTC ("${hourText}:${minuteText} UTC")`);
    }
    const offsetMatch = OFFSET_AFTER_TIME.exec(rest);
    const offsetMinutes = offsetMatch ? writtenOffsetMinutes(offsetMatch) : undefined;
    if (offsetMinutes !== undefined && Math.abs(offsetMinutes) > 14 * 60) return skip(number, `expected an offset from -12:00 to +14:00, got "${offsetMatch![0].trim()}"`);

    let title = (offsetMatch ? rest.slice(offsetMatch[0].length) : rest).trim();
    let kind: EventKind = 'investigation';
    let kindGiven = false;
    const kindMatch = KIND_WORD.exec(title);
    if (kindMatch && (EVENT_KINDS as readonly string[]).includes(kindMatch[1]!.toLowerCase())) {
      kind = kindMatch[1]!.toLowerCase() as EventKind;
      kindGiven = true;
      title = kindMatch[2]!.trim();
    }
    if (title === '') return skip(number, 'expected text after the time, got none');

    const day = lineDate ?? currentDate;
    const clock = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
    const writtenZone = offsetMatch ? ` ${offsetMatch[0].trim().replace(/\s*[-–—:|]$/, '')}` : '';
    const shown = `${lineDate ? `${lineDate} ` : ''}${clock.slice(0, secondText ? 8 : 5)}${writtenZone}`;
    // A time at an offset written after it is written in the draft's zone, like every other time.
    const reading: WallClockReading =
      offsetMinutes === undefined ? readWallClock(day, clock, timeZone) : { kind: 'exact', iso: instantToIso(Date.parse(`${day}T${clock}Z`) - offsetMinutes * 60_000, timeZone) };
    if (reading.kind === 'skipped') return skip(number, `${day} ${shown} did not happen in ${timeZone} (the clocks went forward)`);
    let at: string;
    if (reading.kind === 'ambiguous') {
      at = reading.readings.find((iso) => previous === undefined || toEpochMs(iso) >= previous.epochMs) ?? reading.readings[0];
      notes.push(`line ${number}: ${day} ${clock.slice(0, 5)} happened twice in ${timeZone} (the clocks went back); read as ${at}`);
    } else {
      at = reading.iso;
    }
    const epochMs = toEpochMs(at);
    if (previous && epochMs < previous.epochMs) {
      // A note from just after midnight follows one from late evening; anything else is a line out of place.
      const pastMidnight = !lineDate && previous.shown.slice(11, 13) >= '18' && clock.slice(0, 2) < '06';
      const hint = pastMidnight
        ? `if the notes passed midnight, write the date before the time ("${nextDay(day)} ${clock.slice(0, 5)} …")`
        : 'notes must be in time order: move the line to where its time belongs';
      return skip(number, `${shown} is earlier than the note on line ${previous.line} (${previous.shown}); ${hint}`);
    }

    if (writtenZone) notes.push(`line ${number}: ${shown} read as ${at}, in ${timeZone}`);
    currentDate = at.slice(0, 10);
    previous = { epochMs, line: number, shown: `${day} ${clock.slice(0, secondText ? 8 : 5)}${writtenZone}` };
    lastLineRead = true;
    events.push({ line: number, at, approximate: Boolean(approxBefore ?? approxAfter), kind, kindGiven, title, detail: [] });
  });

  if (removedCharacters > 0) notes.push(`${removedCharacters} control or bidirectional-override character(s) removed from the text`);
  return { events, notes };
}

/** The offset a match of OFFSET_AFTER_TIME names, in minutes east of UTC. */
function writtenOffsetMinutes([, sign = '+', hours = '0', minutes = '0', isoSign, isoHours, isoMinutes]: RegExpExecArray): number {
  const [s, h, m] = isoSign ? [isoSign, isoHours!, isoMinutes!] : [sign, hours, minutes];
  return (s === '-' ? -1 : 1) * (Number(h) * 60 + Number(m));
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

export type NotesImportOptions = { date: string; timeZone: string; title?: string; slug?: string; /** The notes file's name, for the file name when there is no title. */ sourceName: string };

/** The draft made of notes, and every choice the import had to make, for the terminal. */
export function notesDraft(text: string, options: NotesImportOptions): Outcome<ImportedDraft> {
  const { events, notes } = readNotes(text, options.date, options.timeZone);
  if (events.length === 0) {
    return { ok: false, message: ['no line of the notes could be read; expected lines such as "15:16 customer impact begins"', ...notes].join('\n') };
  }

  const uniqueId = draftIds();
  const timeline: DraftFrontmatter['timeline'] = events.map((event) => ({
    id: uniqueId(slugify(event.title, 40) || `note-line-${event.line}`),
    at: event.at,
    ...(event.approximate ? { approximate: true } : {}),
    kind: event.kind,
    title: event.title,
    ...(event.detail.length > 0 ? { detail: event.detail.join('\n') } : {}),
  }));
  const withoutKind = events.filter((event) => !event.kindGiven).map((event) => event.line);
  if (withoutKind.length > 0) {
    notes.push(
      `${withoutKind.length} of ${events.length} note(s) name no kind, written as kind investigation; check ${withoutKind.length === 1 ? 'line' : 'lines'} ${withoutKind.join(', ')}`,
    );
  }

  // The schema asks for a window; the notes do not say when customers were affected, so it is a placeholder.
  const firstImpact = events.find((event) => event.kind === 'impact');
  const start = firstImpact ?? events[0]!;
  const lastRecovery = events.findLast((event) => event.kind === 'recovery' && toEpochMs(event.at) > toEpochMs(start.at));
  const end = lastRecovery ?? events.at(-1)!;
  const endAt = toEpochMs(end.at) > toEpochMs(start.at) ? end.at : instantToIso(toEpochMs(start.at) + 60_000, options.timeZone);
  const from = firstImpact ? 'the first impact note' : 'the first note';
  const to = lastRecovery ? 'the last recovery note' : endAt === end.at ? 'the last note' : 'a minute later';
  notes.push(`the impact window is a placeholder from ${from} to ${to}; replace it with when customers were affected`);

  const title = options.title?.trim() || 'Replace with the incident title';
  const nameFrom = options.title?.trim() || path.basename(options.sourceName).replace(/\.[^.]*$/, '');
  const slug = options.slug ?? (slugify(nameFrom, 60) || 'notes');
  const { fileName } = incidentFileName(options.date, nameFrom, slug);

  return draftResult({
    notes,
    fileName,
    heading: [
      `Imported by npm run import -- notes from ${path.basename(options.sourceName)}.`,
      'Every field is described in content/README.md. Text starting "Replace" and "Example service" are',
      'placeholders: the check refuses to publish (draft: false) until each is replaced.',
    ],
    frontmatter: {
      title,
      organization: EXAMPLE_VALUES.organization,
      severity: 'sev3',
      status: 'resolved',
      timeZone: options.timeZone,
      services: [EXAMPLE_VALUES.service],
      impactWindows: [{ id: uniqueId(PLACEHOLDER_ID.impactWindow), start: start.at, end: endAt, label: `Replace with what customers experienced (placeholder: ${from} to ${to})` }],
      timeline,
      causes: [{ id: uniqueId(PLACEHOLDER_ID.cause), statement: 'Replace with the root cause.' }],
      sources: [],
    },
    fieldComments: {
      severity: `${GUESS_COMMENT_OPENING} not in the notes; choose sev1 (critical) … sev4 (low), then delete this comment`,
      status: `${GUESS_COMMENT_OPENING} not in the notes; choose investigating | identified | monitoring | resolved, then delete this comment`,
    },
    // What the notes cannot tell is for the author, in an MDX comment: it never reaches the published page.
    body: `## What happened

Replace with the story of the incident.

{/*
The timeline holds the notes; they do not say which services were affected, when customers
were affected, what caused it or what will be done about it.
*/}
`,
  });
}

/** `npm run import -- notes`: reads the notes, writes the draft into `directory`, and says what it skipped or chose. */
export async function importNotes(options: Omit<NotesImportOptions, 'sourceName'> & { source: string; directory: string }): Promise<Outcome<{ file: string; notes: string[] }>> {
  const text = await readSource(options.source);
  if (!text.ok) return text;
  const made = notesDraft(text.value, { ...options, sourceName: options.source });
  if (!made.ok) return made;
  return writeDraft(options.directory, made.value);
}
