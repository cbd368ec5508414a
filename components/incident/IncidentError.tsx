'use client';

import { useRetryOnContentChange } from '../dev/content-changes';

/**
 * Shown when an incident page cannot render. While writing (dev server) that
 * means its file has problems: the message lists them, and the next saved
 * change of a content file retries the page (components/dev/content-changes.ts).
 */
export function IncidentError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const writing = process.env.NODE_ENV === 'development';
  useRetryOnContentChange(retry);

  return (
    <div role="alert" className="py-12">
      <h1 className="text-2xl font-bold tracking-tight">This incident could not be shown</h1>
      {writing ? (
        <pre className="mt-4 overflow-x-auto rounded-lg border-2 border-red-600 p-4 text-sm whitespace-pre-wrap">{error.message}</pre>
      ) : (
        <p className="mt-4">
          Something went wrong.{' '}
          <button type="button" onClick={retry} className="link">
            Try again
          </button>
        </p>
      )}
    </div>
  );
}
