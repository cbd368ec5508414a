import type { EventKind } from '@/lib/content/vocabulary';

/**
 * A distinct shape per kind, so kinds stay apart in print, in greyscale and for
 * colour-blind readers. The shapes and colours are in app/globals.css, shared
 * with the timeline's plain-HTML events.
 */
export function EventKindIcon({ kind }: { kind: EventKind }) {
  return <span aria-hidden="true" className="kind-icon" data-icon={kind} />;
}
