/**
 * An `Intl.DateTimeFormat` costs far more to make than to use, and the same
 * few (a zone and a set of fields) are asked for once per time on every page:
 * each is made once. It throws, as the constructor does, for a zone the
 * runtime does not know.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(timeZone: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}
