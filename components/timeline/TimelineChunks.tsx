'use client';

import { useEffect } from 'react';
import { HTML_SLOT_FILLED } from '../ui/HtmlSlot';
import { showAllChunks, showChunksWhenIdle } from './deferred-chunks';

/**
 * Turns a long timeline's deferred chunks into elements while the browser is
 * idle, and all of them before printing. A list rebuilt from a fetched copy of
 * the page (Back after a client-side navigation) may arrive after the idle
 * moments: its chunks are turned into elements as it arrives.
 */
export function TimelineChunks() {
  useEffect(() => {
    const stop = showChunksWhenIdle();
    const beforePrint = () => showAllChunks();
    const filled = (event: Event) => showAllChunks(event.target as Element);
    window.addEventListener('beforeprint', beforePrint);
    document.addEventListener(HTML_SLOT_FILLED, filled);
    return () => {
      stop();
      window.removeEventListener('beforeprint', beforePrint);
      document.removeEventListener(HTML_SLOT_FILLED, filled);
    };
  }, []);
  return null;
}
