'use client';

import { useHydrated } from '../ui/use-hydrated';

/**
 * Opens the print dialog; the print stylesheet lays out the whole writeup, every event included.
 * Until the page's scripts run it keeps its place, unseen: on a phone it takes a row of its own,
 * and appearing would push everything below it, a linked event too, down by that row.
 */
export function PrintButton() {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={`ml-auto underline-offset-2 hover:underline${hydrated ? '' : ' invisible'}`}
    >
      Print or save as PDF
    </button>
  );
}
