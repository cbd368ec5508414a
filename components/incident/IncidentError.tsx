'use client';

import { useEffect } from 'react';

const POLL_MS = 1500;

/**
 * Shown when an incident page cannot render. While writing (dev server) that
 * means its file has problems: the message lists them, and the page watches
 * for the fix, reloading itself once the page renders again.
 */
export function IncidentError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const writing = process.env.NODE_ENV === 'development';
  useEffect(() => {
    if (!writing) return;
    let stopped = false;
    const timer = window.setInterval(async () => {
      try {
        const response = await fetch(window.location.href, { cache: 'no-store' });
        if (response.ok && !stopped) window.location.reload();
      } catch {
        // the dev server is restarting; try again on the next tick
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [writing]);

  return (
    <div role="alert" className="py-12">
      <h1 className="text-2xl font-bold tracking-tight">This incident could not be shown</h1>
      {writing ? (
        <pre className="mt-4 overflow-x-auto rounded-lg border-2 border-red-600 p-4 text-sm whitespace-pre-wrap">{error.message}</pre>
      ) : (
        <p className="mt-4">
          Something went wrong.{' '}
          <button type="button" onClick={retry} className="underline underline-offset-2">
            Try again
          </button>
        </p>
      )}
    </div>
  );
}
