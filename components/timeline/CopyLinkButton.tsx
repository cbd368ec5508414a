'use client';

import { useState } from 'react';
import { useHydrated } from '../ui/use-hydrated';

/**
 * Copies the absolute URL of one event (with the reader's view) to the clipboard.
 * The result stays on the button until the reader moves on (focus leaves it).
 */
export function CopyLinkButton({ anchor, label }: { anchor: string; label: string }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}#${anchor}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <>
    <button
      type="button"
      onClick={copy}
      onBlur={() => setStatus('idle')}
      aria-label={`Copy link to “${label}”`}
      // Invisible rather than absent until hydrated: the button keeps its room, so the
      // timeline does not grow under a reader (or a deep link's scroll) when it appears.
      className={`rounded px-1.5 py-0.5 text-xs text-slate-600 underline-offset-2 hover:underline dark:text-slate-400 print:hidden ${hydrated ? '' : 'invisible'}`}
    >
      {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed' : 'Copy link'}
    </button>
    <span role="status" className="sr-only">
      {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Could not copy the link' : ''}
    </span>
    </>
  );
}
