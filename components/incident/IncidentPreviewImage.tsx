import type { Incident } from '@/lib/content/load';
import { formatClock, formatDuration } from '@/lib/time/format';
import { SEVERITY_STYLES } from '../ui/severity';

export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 };

const SEVERITY_COLORS: Record<Incident['severity'], string> = {
  sev1: '#b91c1c',
  sev2: '#ea580c',
  sev3: '#d97706',
  sev4: '#64748b',
};

/** The link-preview picture of an incident, drawn by next/og (inline styles only). */
export function IncidentPreviewImage({ incident }: { incident: Incident }) {
  const start = formatClock(incident.metrics.impactStart, incident.timeZone);
  const severity = SEVERITY_STYLES[incident.severity];
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
            background: SEVERITY_COLORS[incident.severity],
            color: 'white',
            padding: '6px 16px',
            borderRadius: 8,
            fontWeight: 700,
          }}
        >
          {`${severity.label} ${severity.description}`}
        </span>
        <span>{`${incident.organization} · ${start.date}`}</span>
      </div>
      <div style={{ display: 'flex', fontSize: incident.title.length > 90 ? 48 : 60, fontWeight: 700, lineHeight: 1.15 }}>
        {incident.title.length > 140 ? `${incident.title.slice(0, 137)}…` : incident.title}
      </div>
      <div style={{ display: 'flex', gap: 48, fontSize: 32, color: '#e2e8f0' }}>
        <span>{`Customer impact ${formatDuration(incident.metrics.customerImpactMs)}`}</span>
        <span style={{ color: '#94a3b8' }}>{incident.services.slice(0, 5).join(' · ')}</span>
      </div>
    </div>
  );
}
