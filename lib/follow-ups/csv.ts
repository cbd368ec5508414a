import { absoluteUrl } from '../site';
import type { FollowUpRow } from './rows';

/** One field as RFC 4180 wants it: quoted, quotes doubled, when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180: fields separated by commas, records ended by CRLF, the last one too. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}

export const FOLLOW_UP_CSV_HEADER = [
  'incident',
  'incident_title',
  'severity',
  'services',
  'id',
  'title',
  'category',
  'status',
  'timing',
  'owner',
  'priority',
  'due',
  'tracker',
  'completed',
  'url',
] as const;

/** The backlog as CSV: a header, then one record per row; absent values are empty fields; services joined by "; ". */
export function followUpsCsv(rows: readonly FollowUpRow[]): string {
  return toCsv([
    FOLLOW_UP_CSV_HEADER,
    ...rows.map((row) => [
      row.incident.slug,
      row.incident.title,
      row.incident.severity,
      row.services.map((service) => service.name).join('; '),
      row.id,
      row.title,
      row.category,
      row.status,
      row.timing,
      row.owner ?? '',
      row.priority ?? '',
      row.due ?? '',
      row.tracker ?? '',
      row.completed ?? '',
      absoluteUrl(row.href),
    ]),
  ]);
}
