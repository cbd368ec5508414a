'use client';

import { useEffect } from 'react';
import { showAllChunks, showChunksWhenIdle } from './deferred-chunks';

/** Turns a long timeline's deferred chunks into elements while the browser is idle, and all of them before printing. */
export function TimelineChunks() {
  useEffect(() => {
    const stop = showChunksWhenIdle();
    const beforePrint = () => showAllChunks();
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      stop();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, []);
  return null;
}
