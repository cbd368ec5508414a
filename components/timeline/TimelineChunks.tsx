'use client';

import { useEffect } from 'react';
import { HTML_SLOT_FILLED } from '../ui/HtmlSlot';
import { showAllChunks, showChunksWhenIdle } from './deferred-chunks';

/**
 * Turns what the page wrote as text (a long timeline's deferred chunks, the
 * sections after the timeline) into elements while the browser is idle, and
 * all of it before printing. HTML rebuilt from a fetched copy of the page (Back
 * after a client-side navigation) may arrive after the idle moments: its
 * deferred parts are turned into elements as it arrives.
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
