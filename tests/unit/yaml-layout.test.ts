import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLayoutProblem } from '../../lib/content/yaml-layout';

const problemIn = (yaml: string) => findLayoutProblem(yaml.split('\n'), 2);

describe('finding the line at fault in a frontmatter YAML cannot parse', () => {
  it('finds nothing in files laid out well: every writeup and every valid fixture', () => {
    const files = [
      ...readdirSync('content/incidents').map((name) => path.join('content/incidents', name)),
      ...readdirSync('tests/fixtures/valid').map((name) => path.join('tests/fixtures/valid', name)),
    ].filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const frontmatter = readFileSync(file, 'utf8').split('\n---\n')[0]!.replace(/^---\n/, '');
      expect(problemIn(frontmatter), file).toBeUndefined();
    }
  });

  it('reads the text of >- and | values, and a plain value carried onto the next line, as text', () => {
    const yaml = [
      'summary: >-',
      '  Note: this line has a colon,',
      '    and this one is indented further.',
      'timeline:',
      '  - id: a',
      '    detail: a plain value',
      '      carried onto a second line',
      '    title: "Quoted: fine"',
      '    # a comment: fine',
      '    services: [API, "B: c"]',
    ].join('\n');
    expect(problemIn(yaml)).toBeUndefined();
  });

  it('points at the list item indented like a field, and says where the list starts', () => {
    expect(problemIn('causes:\n- id: a\n  statement: x\n  - id: b\n')).toEqual({
      line: 5,
      column: 3,
      message: 'expected a field at column 3, got a new list item ("- "): items of this list start at column 1, like the "-" of the item above',
    });
  });

  it('points at a field between two columns and names both', () => {
    expect(problemIn('causes:\n  - id: a\n   statement: x\n')).toMatchObject({
      line: 4,
      column: 4,
      message: 'expected this line to start at column 5 (a field in line with those above) or column 3 (a new list item, "- "), got column 4',
    });
  });

  it.each([
    ['organization:Acme Pay', 'expected a space after "organization:", got "organization:Acme Pay": write organization: Acme Pay'],
    ['title: "Error-rate" alert fires', `expected the whole value inside its quotes, got text after the closing quote: write title: '"Error-rate" alert fires'`],
    ["title: 'On-call's pager fired'", `expected the whole value inside its quotes, got text after the closing quote: write title: "On-call's pager fired"`],
    ['title: [brackets] here', 'expected text, got a value starting with "[", which YAML reads as syntax unless quoted: write title: "[brackets] here"'],
    ['title: *bold* start', 'expected text, got a value starting with "*", which YAML reads as syntax unless quoted: write title: "*bold* start"'],
    ['title: | pipe here', 'expected text, got a value starting with "|", which YAML reads as syntax unless quoted: write title: "| pipe here"'],
    ['title: @handle down', 'expected text, got a value starting with "@", which YAML reads as syntax unless quoted: write title: "@handle down"'],
  ])('says how to write %j so that YAML reads it as text', (line, message) => {
    expect(problemIn(`severity: sev2\n${line}\nstatus: resolved`)).toMatchObject({ line: 3, message });
  });

  it('leaves alone values that are the syntax they start with, and addresses', () => {
    expect(problemIn('tags: [a, b]\nsummary: >-\n  text\nurl: https://example.com/x\nother: *anchored\nmap: {a: 1}')).toBeUndefined();
  });
});
