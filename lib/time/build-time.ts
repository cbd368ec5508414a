import { isIsoTimeWithOffset } from './iso';

/**
 * The moment a build is made as of: `BUILD_TIME` (ISO 8601 with an offset)
 * when set, else now. `next build` sets it once, before the content check and
 * the prerendering workers start, so every page of one build ages follow-ups
 * on the same day even across midnight; set it to rebuild the site of a
 * given day.
 */
export function buildTime(): Date {
  const given = process.env.BUILD_TIME;
  if (given === undefined || given === '') return new Date();
  if (!isIsoTimeWithOffset(given)) {
    throw new Error(`BUILD_TIME: expected an ISO 8601 time with an offset, such as 2025-01-31T09:00:00Z, got "${given}"`);
  }
  return new Date(given);
}
