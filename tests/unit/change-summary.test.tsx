import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChangeSummary } from '@/components/incident/ChangeSummary';
import { diffWriteups } from '@/lib/history/writeup-diff';
import { readmeBlocks } from '../readme-blocks';

const BEFORE = `---
title: DNS outage
status: investigating
remediations:
  - id: dns-ttl
    title: Longer TTLs
    status: open
  - id: dropped-idea
    title: An idea dropped later
    status: open
---

Resolvers failed.
`;
const AFTER = BEFORE.replace('status: investigating', 'status: resolved')
  .replace('    status: open\n  - id: dropped-idea\n    title: An idea dropped later\n    status: open\n', '    status: done\n    completed: "2025-02-01"\n')
  .replace('Resolvers failed.', 'Resolvers failed for an hour.');

/** The summary's list as lines of text, nested items indented by two spaces. */
function asLines(html: string): string {
  let depth = -1;
  let text = '';
  for (const token of html.split(/(<ul[^>]*>|<\/ul>|<li[^>]*>)/)) {
    if (token.startsWith('<ul')) depth += 1;
    else if (token === '</ul>') depth -= 1;
    else if (token.startsWith('<li')) text += `\n${'  '.repeat(depth)}`;
    else text += token.replace(/<[^>]+>/g, '');
  }
  return text.trim();
}

describe('the summary of a commit on a history page', () => {
  const html = renderToStaticMarkup(
    <ChangeSummary diff={diffWriteups(BEFORE, AFTER)} href={(id) => (id === 'dns-ttl' ? `/incidents/x#${id}` : undefined)} />,
  );

  it('is the example the README shows', () => {
    const example = readmeBlocks('text').find((block) => block.startsWith('status investigating → resolved'));
    expect(example).toBeDefined();
    expect(asLines(html)).toBe(example!.trim());
  });

  it('links an id still in the writeup to its place on the page, and not one that is gone', () => {
    expect(html).toContain('<a href="/incidents/x#dns-ttl" class="link">dns-ttl</a>');
    expect(html).not.toContain('#dropped-idea');
  });

  it('says in words what a commit that added the file, or one it cannot read, did', () => {
    expect(renderToStaticMarkup(<ChangeSummary diff={diffWriteups(undefined, AFTER)} href={() => undefined} />)).toBe('<p>Added the writeup.</p>');
    expect(renderToStaticMarkup(<ChangeSummary diff={diffWriteups('no frontmatter', AFTER)} href={() => undefined} />)).toContain('cannot be read');
    const commented = BEFORE.replace('title:', '# The title as the status page gave it\ntitle:');
    expect(renderToStaticMarkup(<ChangeSummary diff={diffWriteups(BEFORE, commented)} href={() => undefined} />)).toContain('layout or comments only');
  });
});
