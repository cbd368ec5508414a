import type { ReactNode } from 'react';
import type { FieldChange, ItemsChange, WriteupDiff } from '@/lib/history/writeup-diff';

/** Ids listed by name in one line; the rest are counted. */
const MAX_NAMED = 8;

type Linking = { href: (id: string) => string | undefined };

function joined(parts: ReactNode[], separator: string): ReactNode[] {
  return parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part]));
}

function Ids({ ids, href }: { ids: readonly string[] } & Linking) {
  const named = ids.slice(0, MAX_NAMED).map((id) => {
    const target = href(id);
    return target ? (
      <a key={id} href={target} className="link">
        {id}
      </a>
    ) : (
      <span key={id}>{id}</span>
    );
  });
  const more = ids.length - named.length;
  return <>{joined(more > 0 ? [...named, `${more.toLocaleString('en-US')} more`] : named, ', ')}</>;
}

/** A value with spaces in quotes, so that it reads as one. */
const shown = (value: string) => (/\s/.test(value) ? `“${value}”` : value);

function Values({ values }: { values: readonly string[] }) {
  const more = values.length - MAX_NAMED;
  return <>{[...values.slice(0, MAX_NAMED), ...(more > 0 ? [`${more.toLocaleString('en-US')} more`] : [])].join(', ')}</>;
}

function Field({ change }: { change: FieldChange }) {
  const name = <span className="font-medium">{change.field}</span>;
  switch (change.change) {
    case 'edited':
      return <>{name} edited</>;
    case 'list':
      return (
        <>
          {name}:{' '}
          {joined(
            [
              ...(change.added.length > 0 ? [<span key="added">added <Values values={change.added} /></span>] : []),
              ...(change.removed.length > 0 ? [<span key="removed">removed <Values values={change.removed} /></span>] : []),
            ],
            '; ',
          )}
        </>
      );
    case 'value':
      if (change.from === undefined) return <>{name} set to {shown(change.to!)}</>;
      if (change.to === undefined) return <>{name} removed (was {shown(change.from)})</>;
      return (
        <>
          {name} {shown(change.from)} → {shown(change.to)}
        </>
      );
  }
}

function Items({ change, href }: { change: ItemsChange } & Linking) {
  return (
    <>
      <span className="font-medium">{change.field}</span>
      <ul className="pl-4">
        {change.added.length > 0 && (
          <li>
            added <Ids ids={change.added} href={href} />
          </li>
        )}
        {change.removed.length > 0 && (
          <li>
            removed <Ids ids={change.removed} href={() => undefined} />
          </li>
        )}
        {change.changed.slice(0, MAX_NAMED).map(({ id, fields }) => (
          <li key={id}>
            <Ids ids={[id]} href={href} />: {joined(fields.map((field) => <Field key={field.field} change={field} />), '; ')}
          </li>
        ))}
        {change.changed.length > MAX_NAMED && <li>{(change.changed.length - MAX_NAMED).toLocaleString('en-US')} more changed</li>}
      </ul>
    </>
  );
}

/** What one commit changed in a writeup, field by field, ids linked to their place on the page as it is now. */
export function ChangeSummary({ diff, href }: { diff: WriteupDiff } & Linking) {
  if (diff.kind === 'added') return <p>Added the writeup.</p>;
  if (diff.kind === 'unreadable') return <p>The frontmatter of one of the two versions cannot be read, so its changes are not listed.</p>;
  if (diff.fields.length === 0 && !diff.narrative) return <p>No field and no narrative changed: layout or comments only.</p>;
  return (
    <ul className="list-disc pl-5">
      {diff.fields.map((change) => (
        <li key={change.field}>{change.change === 'items' ? <Items change={change} href={href} /> : <Field change={change} />}</li>
      ))}
      {diff.narrative && <li>narrative edited</li>}
    </ul>
  );
}
