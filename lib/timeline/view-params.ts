import { EVENT_KINDS, type EventKind } from '../content/vocabulary';
import { isKnownTimeZone, listedTimeZones } from '../time/iso';

/**
 * What a reader has chosen on an incident page, kept in the URL's query so a
 * shared link opens on the same view: `?tz=UTC&kinds=alert,recovery`.
 * Anything unreadable falls back to the default view rather than failing.
 */
export type ViewParams = {
  /** An IANA zone, or undefined for the incident's own zone. */
  timeZone: string | undefined;
  /** Kinds to show, or undefined for all. */
  kinds: ReadonlySet<EventKind> | undefined;
};

/** The zone a link names, its case aside (`?tz=utc` is UTC, as typed by hand), or undefined. */
function zoneNamed(tz: string | null): string | undefined {
  if (tz === null || isKnownTimeZone(tz)) return tz ?? undefined;
  const lower = tz.toLowerCase();
  return listedTimeZones().find((zone) => zone.toLowerCase() === lower);
}

export function parseViewParams(search: string): ViewParams {
  const params = new URLSearchParams(search);
  const tz = params.get('tz');
  const kindsParam = params.get('kinds');
  const kinds =
    kindsParam === null
      ? undefined
      : new Set(
          kindsParam
            .split(',')
            .filter((kind): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind)),
        );
  return {
    timeZone: zoneNamed(tz),
    kinds: kinds && kinds.size > 0 ? kinds : undefined,
  };
}

/** The query string for a view, keeping unrelated parameters; `''` for the default view. */
export function serializeViewParams(view: ViewParams, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  if (view.timeZone === undefined) params.delete('tz');
  else params.set('tz', view.timeZone);
  if (view.kinds === undefined || view.kinds.size === EVENT_KINDS.length) params.delete('kinds');
  else params.set('kinds', EVENT_KINDS.filter((kind) => view.kinds?.has(kind)).join(','));
  const query = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return query === '' ? '' : `?${query}`;
}
