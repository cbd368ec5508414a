import { useEffect } from 'react';
import { HTML_SLOT_FILLED } from './HtmlSlot';
import { showAllDeferred, showDeferredWhenIdle } from './deferred-html';

/**
 * Turns what the page wrote as text (the timeline's chunks, the sections after
 * it) into elements while the browser is idle, and all of it before printing.
 * HTML rebuilt from a fetched copy of the page (Back after a client-side
 * navigation) may arrive after the idle moments: its deferred parts are turned
 * into elements as it arrives.
 */
export function useDeferredHtml(): void {
  useEffect(() => {
    const stop = showDeferredWhenIdle();
    const beforePrint = () => showAllDeferred();
    const filled = (event: Event) => showAllDeferred(event.target as Element);
    window.addEventListener('beforeprint', beforePrint);
    document.addEventListener(HTML_SLOT_FILLED, filled);
    return () => {
      stop();
      window.removeEventListener('beforeprint', beforePrint);
      document.removeEventListener(HTML_SLOT_FILLED, filled);
    };
  }, []);
}
