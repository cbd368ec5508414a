import type { DescribedChange, FileHistory, HistoryUnavailable } from '@/lib/history/read';
import { commitUrl } from '@/lib/site';
import { formatClock } from '@/lib/time/format';
import { PageSection } from '../ui/PageSection';
import { ChangeSummary } from './ChangeSummary';

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

/**
 * Each commit, newest first: its time, author and short hash, its subject
 * (linked to the commit where the site knows the repository) and what it
 * changed in the writeup.
 */
export function ChangeList({ changes, itemHref }: { changes: readonly DescribedChange[]; itemHref: (id: string) => string | undefined }) {
  return (
    <ol className="mt-4 flex flex-col gap-5">
      {changes.map((change) => {
        const url = commitUrl(change.hash);
        return (
          <li key={change.hash}>
            <p className="text-xs text-soft">
              <CommitTime iso={change.date} /> · {change.author} · <span className="font-mono">{change.hash.slice(0, 7)}</span>
            </p>
            <p className="mt-0.5">
              {url ? (
                <a href={url} className="link" rel="noopener noreferrer">
                  {change.subject}
                </a>
              ) : (
                change.subject
              )}
            </p>
            {change.diff && (
              <div className="mt-1 text-sm text-soft">
                <ChangeSummary diff={change.diff} href={itemHref} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Whether the history can be told, and when the file last changed. */
export function HistoryStatus({ history }: { history: FileHistory }) {
  if (!history.available) {
    return <p className="mt-3 text-soft">The history of this writeup is unavailable: {UNAVAILABLE[history.reason]}.</p>;
  }
  const last = history.changes[0];
  return (
    <p className="mt-3 text-soft">
      {history.uncommitted ? (
        history.changes.length === 0 ? (
          'This writeup has not been committed yet.'
        ) : (
          'This writeup has changes not yet committed; the list of changes ends at its last commit.'
        )
      ) : last ? (
        <>
          Last changed <CommitTime iso={last.date} />.
        </>
      ) : null}
    </p>
  );
}

/**
 * The incident page's History section: when the file last changed, and a link
 * to every commit on the incident's history page. Listed here, every commit
 * that touches a writeup would grow its page for good.
 */
export function History({ history, allChangesHref }: { history: FileHistory; allChangesHref: string }) {
  const count = history.available ? history.changes.length : 0;
  return (
    <PageSection id="history" title="History">
      <HistoryStatus history={history} />
      {count > 0 && (
        <p className="mt-2 text-sm">
          <a href={allChangesHref} className="link">
            {count === 1 ? 'The change to this writeup' : `All ${count} changes to this writeup`}
          </a>
        </p>
      )}
    </PageSection>
  );
}
