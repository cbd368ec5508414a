import { describe, expect, it } from 'vitest';
import { deferredSectionsHtml } from '@/components/incident/deferred-sections-html';
import { SHOW_LINKED_SCRIPT } from '@/components/ui/deferred-html';

const sections = '<section id="root-cause"><h2>Root cause</h2></section><section id="remediations"><h2>Remediations</h2></section>';
const script = `<script>${SHOW_LINKED_SCRIPT}</script>`;

describe('the sections after the timeline', () => {
  it('are written inside <noscript> in a holder marked data-deferred, the script that shows a linked element right after it', () => {
    expect(deferredSectionsHtml(sections)).toBe(`<div class="deferred-sections" data-deferred><noscript>${sections}</noscript></div>${script}`);
  });

  it('are written as elements when their HTML would close the noscript itself, the script still after them', () => {
    const closing = `${sections}<p>A writeup that quotes <code></noscript></code> as raw HTML</p>`;
    const html = deferredSectionsHtml(closing);
    expect(html).toBe(`<div class="deferred-sections">${closing}</div>${script}`);
    expect(deferredSectionsHtml(sections.replace('</h2>', '</NoScript ></h2>'))).toMatch(/^<div class="deferred-sections"><section/);
  });
});

describe('the script after them, run as the page is parsed', () => {
  /** A holder whose noscript still holds `html` as text, as the parser leaves it while JavaScript is on. */
  function holder(name: string, html: string) {
    const text = { textContent: html, outerHTML: '<noscript>…</noscript>' };
    const attributes = new Set(['data-deferred']);
    return {
      name,
      textContent: html,
      firstChild: text,
      dataset: {} as Record<string, string>,
      removeAttribute: (attribute: string) => attributes.delete(attribute),
      get shown() {
        return text.outerHTML === html && !attributes.has('data-deferred');
      },
    };
  }

  /**
   * Runs the script with `hash` as the address's fragment, against three chunks
   * of the timeline and the sections, with `#summary` and `#timeline` as
   * elements above them; returns the holders shown and marked, whether the
   * view root is marked, and what it left to run once the page has loaded.
   */
  function run(hash: string) {
    const holders = [
      holder('chunk 1', '<ol><li id="first-event"></li></ol>'),
      holder('chunk 2', '<ol><li id="middle-event"></li></ol>'),
      holder('chunk 3', '<ol><li id="last-event"></li></ol>'),
      holder('sections', sections),
    ];
    const root = { dataset: {} as Record<string, string> };
    const elements = new Set(['summary', 'timeline']);
    const document = {
      querySelectorAll: (selector: string) => (selector === '[data-deferred]' ? holders.filter((h) => !h.shown) : []),
      querySelector: (selector: string) => {
        if (selector === '[data-incident-view]') return root;
        const id = /^\[id="(.*)"\]$/.exec(selector)?.[1];
        if (id === undefined) throw new SyntaxError(`not a selector the script uses: ${selector}`);
        return elements.has(id) ? {} : null;
      },
    };
    const listeners: Record<string, (() => void)[]> = {};
    const timers: { ms: number; run: () => void }[] = [];
    new Function('document', 'location', 'addEventListener', 'setTimeout', SHOW_LINKED_SCRIPT)(
      document,
      { hash },
      (type: string, listener: () => void) => (listeners[type] ??= []).push(listener),
      (run: () => void, ms: number) => timers.push({ run, ms }),
    );
    const fire = (type: string) => {
      for (const listener of listeners[type] ?? []) listener();
    };
    const state = () => ({
      shown: holders.filter((h) => h.shown).map((h) => h.name),
      marked: holders.filter((h) => 'linked' in h.dataset).map((h) => h.name),
      rootMarked: 'linked' in root.dataset,
    });
    /** The page loads, the page's scripts have run (they mark the view root `data-ready`) or not, and the timer set on load fires. */
    const afterLoad = (scriptsRan: boolean) => {
      if (scriptsRan) root.dataset.ready = '';
      fire('load');
      expect(timers.map((timer) => timer.ms)).toEqual([5000]);
      for (const timer of timers) timer.run();
      return state().shown;
    };
    /** The reader prints (or a tool prints the page as it loads), before or after the page's scripts have run. */
    const beforePrint = (scriptsRan: boolean) => {
      if (scriptsRan) root.dataset.ready = '';
      fire('beforeprint');
      return state().shown;
    };
    return { ...state(), afterLoad, beforePrint };
  }

  it('shows the chunk holding a linked event and every chunk before it, and marks them and the view root', () => {
    expect(run('#middle-event')).toMatchObject({ shown: ['chunk 1', 'chunk 2'], marked: ['chunk 1', 'chunk 2'], rootMarked: true });
  });

  it('shows every chunk and the sections for an element in the sections', () => {
    const all = ['chunk 1', 'chunk 2', 'chunk 3', 'sections'];
    expect(run('#remediations')).toMatchObject({ shown: all, marked: all, rootMarked: true });
  });

  it('marks only the view root for an element above the holders, or for a fragment naming nothing', () => {
    for (const hash of ['#timeline', '#remediation']) expect(run(hash), hash).toMatchObject({ shown: [], marked: [], rootMarked: true });
  });

  it('does nothing for no fragment or a malformed one', () => {
    for (const hash of ['', '#%E0%A4%A']) expect(run(hash), hash).toMatchObject({ shown: [], marked: [], rootMarked: false });
  });

  it('shows everything still text 5 s after the page loaded if the page\'s scripts never ran, and nothing if they did', () => {
    expect(run('').afterLoad(false)).toEqual(['chunk 1', 'chunk 2', 'chunk 3', 'sections']);
    expect(run('#middle-event').afterLoad(false)).toEqual(['chunk 1', 'chunk 2', 'chunk 3', 'sections']);
    expect(run('').afterLoad(true)).toEqual([]);
  });

  it("shows everything still text before printing until the page's scripts have run, and leaves it to them once they have", () => {
    expect(run('').beforePrint(false)).toEqual(['chunk 1', 'chunk 2', 'chunk 3', 'sections']);
    expect(run('#middle-event').beforePrint(false)).toEqual(['chunk 1', 'chunk 2', 'chunk 3', 'sections']);
    expect(run('').beforePrint(true)).toEqual([]);
  });
});
