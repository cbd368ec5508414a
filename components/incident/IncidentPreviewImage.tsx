import type { Incident } from '@/lib/content/load';
import type { PreviewCard } from '@/lib/preview-image/preview-card';
import { SEVERITY_STYLES } from '../ui/severity';

export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 };

const SEVERITY_COLORS: Record<Incident['severity'], string> = {
  sev1: '#b91c1c',
  sev2: '#ea580c',
  sev3: '#d97706',
  sev4: '#64748b',
};

/** The severity badge's text, fixed words the fonts always draw. */
export function severityLabel(severity: Incident['severity']): string {
  const style = SEVERITY_STYLES[severity];
  return `${style.label} ${style.description}`;
}

/** The link-preview picture of an incident, drawn by next/og (inline styles only). */
export function IncidentPreviewImage({ card, severity }: { card: PreviewCard; severity: Incident['severity'] }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 64,
        background: '#0f172a',
        color: '#f8fafc',
        fontFamily: 'sans-serif',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 30, color: '#cbd5e1' }}>
        <span
          style={{
            background: SEVERITY_COLORS[severity],
            color: 'white',
            padding: '6px 16px',
            borderRadius: 8,
            fontWeight: 700,
          }}
        >
          {severityLabel(severity)}
        </span>
        <span>{card.byline}</span>
      </div>
      <div style={{ display: 'flex', fontSize: card.title.length > 90 ? 48 : 60, fontWeight: 700, lineHeight: 1.15 }}>{card.title}</div>
      {/* Many or long service names go on to a line of their own rather than over the edge. */}
      <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 48, rowGap: 8, fontSize: 32, color: '#e2e8f0' }}>
        <span style={{ flexShrink: 0 }}>{card.impact}</span>
        <span style={{ color: '#94a3b8', maxWidth: '100%' }}>{card.services}</span>
      </div>
    </div>
  );
}
