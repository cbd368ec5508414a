'use client';

import { useHydrated } from '../ui/use-hydrated';

/** Opens the print dialog; the print stylesheet lays out the whole writeup, every event included. */
export function PrintButton() {
  const hydrated = useHydrated();
  return (
    <button type="button" hidden={!hydrated} onClick={() => window.print()} className="ml-auto underline-offset-2 hover:underline">
      Print or save as PDF
    </button>
  );
}
