/** A calendar date as `YYYY-MM-DD`; ISO dates compare correctly as text. */
export type CalendarDate = string;

/** Today's date on a UTC clock: the day `npm run check` and the build count overdue follow-ups against. */
export function utcDate(now: Date = new Date()): CalendarDate {
  return now.toISOString().slice(0, 10);
}

/** Today's date on the reader's own clock, as the browser counts overdue follow-ups. */
export function localDate(now: Date = new Date()): CalendarDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
