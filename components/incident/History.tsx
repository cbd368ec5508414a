import type { FileHistory, HistoryUnavailable } from '@/lib/history/read';
import { commitUrl } from '@/lib/site';
import { formatClock } from '@/lib/time/format';
import { PageSection } from '../ui/PageSection';

const UNAVAILABLE: Record<HistoryUnavailable, string> = {
  'shallow-clone': 'this copy of the repository is a shallow clone, without the older commits',
  'no-git': 'git was not installed where the site was built',
  'not-a-repository': 'the content is not in a git repository',
  'git-failed': 'git could not read it',
};

function CommitTime({ iso }: { iso: string }) {
  const clock = formatClock(iso, 'UTC');
  return (
    <time dateTime={iso}>
      {clock.date}, {clock.time} UTC
    </time>
  );
}

/** When the incident's file last changed, and each commit that changed it, from git. */
export function History({ history }: { history: FileHistory }) {
  if (!history.available) {
    return (
      <PageSection id="history" title="History">
        <p className="mt-3 text-slate-700 dark:text-slate-300">The history of this writeup is unavailable: {UNAVAILABLE[history.reason]}.</p>
      </PageSection>
    );
  }
  const last = history.changes[0];
  return (
    <PageSection id="history" title="History">
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        {history.uncommitted ? (
          history.changes.length === 0 ? (
            'This writeup has not been committed yet.'
          ) : (
            'This writeup has changes not yet committed; the list below ends at its last commit.'
          )
        ) : last ? (
          <>
            Last changed <CommitTime iso={last.date} />.
          </>
        ) : null}
      </p>
      {history.changes.length > 0 && (
        <ol className="mt-3 flex flex-col gap-1 text-sm">
          {history.changes.map((change) => {
            const url = commitUrl(change.hash);
            return (
              <li key={change.hash}>
                <CommitTime iso={change.date} /> · {change.author} ·{' '}
                {url ? (
                  <a href={url} className="underline underline-offset-2" rel="noopener noreferrer">
                    {change.subject}
                  </a>
                ) : (
                  change.subject
                )}
              </li>
            );
          })}
        </ol>
      )}
    </PageSection>
  );
}
