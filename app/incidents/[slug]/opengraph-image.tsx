import { ImageResponse } from 'next/og';
import { getIncident, getIncidents } from '@/lib/content/load';
import { previewCard } from '@/lib/preview-image/preview-card';
import { IncidentPreviewImage, PREVIEW_IMAGE_SIZE, severityLabel } from '@/components/incident/IncidentPreviewImage';

export const size = PREVIEW_IMAGE_SIZE;
export const contentType = 'image/png';
export const alt = 'Incident summary: title, date, severity and customer impact';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getIncidents()).map((incident) => ({ slug: incident.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const incident = await getIncident((await params).slug);
  if (!incident) throw new Error('no such incident');
  const { card, fonts } = previewCard(incident, [severityLabel(incident.severity)]);
  return new ImageResponse(<IncidentPreviewImage card={card} severity={incident.severity} />, { ...size, fonts });
}
