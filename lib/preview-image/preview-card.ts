import type { Incident } from '../content/load';
import { customerImpactWords } from '../incidents/summary';
import { formatClock } from '../time/format';
import { previewFonts, type PreviewFont } from './fonts';

/** The lines of an incident's link-preview picture, as drawn: whitespace collapsed, what no font can draw left out. */
export type PreviewCard = { byline: string; title: string; impact: string; services: string };

const MAX_TITLE = 140;

function lines(incident: Incident): PreviewCard {
  const start = formatClock(incident.metrics.impactStart, incident.timeZone);
  const title = incident.title.replace(/\s+/g, ' ');
  return {
    byline: `${incident.organization} · ${start.date}`.replace(/\s+/g, ' '),
    title: title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 3)}…` : title,
    impact: `Customer impact ${customerImpactWords(incident.metrics)}`,
    services: incident.services.slice(0, 5).join(' · ').replace(/\s+/g, ' '),
  };
}

/** The preview's lines and the fonts that draw them, from the project's own font packages (no download). */
export function previewCard(incident: Incident, fixedLabels: readonly string[]): { card: PreviewCard; fonts: PreviewFont[] } {
  const card = lines(incident);
  const keys = Object.keys(card) as (keyof PreviewCard)[];
  const { fonts, drawable } = previewFonts([...keys.map((key) => card[key]), ...fixedLabels]);
  return { card: Object.fromEntries(keys.map((key, i) => [key, drawable[i]!])) as PreviewCard, fonts };
}
