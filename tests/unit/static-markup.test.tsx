import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IncidentHeader } from '@/components/incident/IncidentHeader';
import { SectionsAfterTimeline } from '@/components/incident/IncidentPage';
import { TimelineOverview } from '@/components/timeline/TimelineOverview';
import { renderStaticMarkup } from '@/components/ui/static-markup';
import { loadAllIncidents, loadIncidentFile } from '@/lib/content/load';
import type { FileHistory } from '@/lib/history/read';
import { relatedIncidents, similarIncidents } from '@/lib/incidents/related';
import path from 'node:path';

/** Our writer must say exactly what React's would, or the page would differ from what React renders elsewhere. */
describe('static markup', () => {
  it('equals React’s static markup for every static section of every incident', async () => {
    const { incidents, errors } = await loadAllIncidents(path.resolve('content/incidents'));
    expect(errors).toEqual([]);
    const odd = await loadIncidentFile(path.resolve('tests/fixtures/valid/minimal.mdx'));
    if (!odd.ok) throw new Error('the minimal fixture does not load');
    // A cause diagram with a wrapped layout: custom properties and two drawings per arrow.
    const wide = await loadIncidentFile(path.resolve('tests/fixtures/valid/wide-causes.mdx'));
    if (!wide.ok) throw new Error('the wide-causes fixture does not load');
    const histories: FileHistory[] = [
      { available: false, reason: 'shallow-clone' },
      {
        available: true,
        uncommitted: false,
        changes: [{ hash: 'abc1234def5678', date: '2024-12-20T10:00:00+01:00', author: 'A. Writer', subject: 'Add "the" <writeup> & more' }],
      },
    ];
    expect(incidents.length).toBeGreaterThanOrEqual(3);
    for (const incident of [...incidents, odd.incident, wide.incident]) {
      for (const tree of [
        <IncidentHeader key="header" incident={incident} />,
        <TimelineOverview key="overview" incident={incident} />,
        ...histories.map((history, i) => (
          <SectionsAfterTimeline
            key={i}
            incident={incident}
            related={relatedIncidents(incident, incidents)}
            similar={similarIncidents(incident, incidents)}
            history={history}
          />
        )),
      ]) {
        expect(renderStaticMarkup(tree), `${incident.slug}`).toBe(renderToStaticMarkup(tree));
      }
    }
  });

  it('writes attributes, styles, booleans, void elements and text as React does', () => {
    const tree = (
      <>
        <p className="a" data-on={true} aria-hidden={false} hidden={false} tabIndex={-1} title={`"quoted" & 'single' <tag>`}>
          {'x < y & z'} {3} {null} {false} {undefined}
          <br />
          <hr />
        </p>
        <details open>
          <summary>More</summary>
        </details>
        <div style={{ gridRow: 3, flexGrow: 2, left: '12%', marginTop: 4, opacity: 0, ['--x' as string]: '1rem' }} />
        <svg viewBox="0 0 12 8" aria-hidden="true">
          <path d="M0 0L6 8" strokeWidth={2} strokeLinecap="round" fill="none" />
        </svg>
        <style>{'.a>.b{color:red}'}</style>
        <time dateTime="2024-12-11T15:16:00-08:00" dangerouslySetInnerHTML={{ __html: '<span>15:16</span>' }} />
        <label htmlFor="zone">Zone</label>
        {['one', 'two'].map((word) => (
          <span key={word}>{word}</span>
        ))}
      </>
    );
    expect(renderStaticMarkup(tree)).toBe(renderToStaticMarkup(tree));
  });

  it('refuses what it cannot write rather than dropping it', () => {
    async function Slow() {
      return <p>late</p>;
    }
    expect(() => renderStaticMarkup(<Slow />)).toThrow(/async component Slow/);
    expect(() => renderStaticMarkup(<button onClick={() => {}}>Go</button>)).toThrow(/event handler onClick/);
    const clientReference = Object.assign(() => null, { $$typeof: Symbol.for('react.client.reference') });
    const ClientThing = clientReference as unknown as () => null;
    expect(() => renderStaticMarkup(<ClientThing />)).toThrow(/client component/);
  });
});
