import type { EventKind } from '@/lib/content/schema';

/** A distinct shape per kind, so kinds stay apart in print, in greyscale and for colour-blind readers. */
const SHAPES: Record<EventKind, React.ReactNode> = {
  change: <path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" />,
  alert: <path d="M8 1.5 15 14H1Z" />,
  impact: <rect x="2" y="2" width="12" height="12" />,
  investigation: (
    <>
      <circle cx="7" cy="7" r="4.5" fill="none" strokeWidth="2" stroke="currentColor" />
      <path d="m10.5 10.5 4 4" strokeWidth="2.2" stroke="currentColor" />
    </>
  ),
  mitigation: <path d="M8 1.5 14 4v4c0 3.5-2.7 5.8-6 6.8C4.7 13.8 2 11.5 2 8V4Z" />,
  recovery: <path d="M2 8.5 6 12.5 14 3.5" fill="none" strokeWidth="2.6" stroke="currentColor" strokeLinecap="round" strokeLinejoin="round" />,
  communication: <path d="M2 2.5h12v8H7l-3.5 3v-3H2Z" />,
};

export function EventKindIcon({ kind, className }: { kind: EventKind; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" fill="currentColor" aria-hidden="true" className={className}>
      {SHAPES[kind]}
    </svg>
  );
}
