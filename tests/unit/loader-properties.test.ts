import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '@/lib/content/diagnostic';
import { loadIncidentSource, type LoadResult } from '@/lib/content/load';

/**
 * Whatever an author writes, the loader answers with an incident or with
 * located content errors: it never throws and never hangs.
 */
const FILE = 'content/incidents/random.mdx';
const encoder = new TextEncoder();
const minimal = readFileSync('tests/fixtures/valid/minimal.mdx', 'utf8');
const minimalFrontmatter = minimal.slice(0, minimal.indexOf('\n---', 4) + 5);

beforeAll(() => vi.stubEnv('MDX_CACHE_DIR', 'off'));
afterAll(() => vi.unstubAllEnvs());

async function loadWithin(text: string | Uint8Array, ms = 5_000): Promise<LoadResult> {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the loader took over ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([loadIncidentSource(FILE, 'random', bytes), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function expectWellFormed(result: LoadResult) {
  if (result.ok) {
    expect(result.incident.slug).toBe('random');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors as Diagnostic[]) {
    expect(error.file).toBe(FILE);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(typeof error.path).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
  }
}

const time = fc.oneof(
  fc.constant('2024-12-11T15:16:00-08:00'),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.string(),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
const event = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'first-alert'), fc.string()),
    at: time,
    kind: fc.oneof(fc.constantFrom('change', 'alert', 'impact', 'recovery'), fc.string()),
    title: fc.oneof(fc.string(), value),
    trigger: maybe(fc.boolean()),
    services: maybe(fc.array(fc.constantFrom('API', 'Dashboard', 'Nope'), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);
const frontmatter = fc.record(
  {
    title: fc.oneof(fc.string(), value),
    summary: fc.string(),
    organization: fc.string(),
    severity: fc.oneof(fc.constantFrom('sev1', 'sev2'), value),
    status: fc.constantFrom('resolved', 'open'),
    timeZone: fc.oneof(fc.constantFrom('UTC', 'America/Los_Angeles', 'PST', 'Mars/Base'), fc.string()),
    services: fc.oneof(fc.array(fc.constantFrom('API', 'Dashboard'), { maxLength: 2 }), value),
    impactWindows: fc.array(fc.record({ id: fc.string(), start: time, end: time, label: fc.string() }), { maxLength: 2 }),
    timeline: fc.oneof(fc.array(event, { maxLength: 4 }), value),
    causes: fc.array(fc.record({ id: fc.string(), statement: fc.string(), leadsTo: fc.array(fc.string(), { maxLength: 2 }) }), {
      maxLength: 3,
    }),
    extra: maybe(value),
  },
  { requiredKeys: [] },
);

const mdxPiece = fc.oneof(
  fc.constantFrom('<', '>', '{', '}', '</', '/>', '<EventRef id="config-deployed" />', '<EventRef />', '<Callout>', '</Callout>'),
  fc.constantFrom('# ', '## ', '\n', '\n\n', '*', '_', '`', '```', '[', '](', ')', '!', 'import x from "y"', 'export const a = 1'),
  fc.constantFrom('{process.env.HOME}', '<script>', '<div onClick="x">', '&amp;', '<!-- -->', '\\', '"', "'"),
  fc.string({ maxLength: 8 }),
);

describe('the loader, given anything', () => {
  it('answers random frontmatter with an incident or located errors', async () => {
    await fc.assert(
      fc.asyncProperty(frontmatter, async (data) => {
        expectWellFormed(await loadWithin(`---\n${stringify(data)}---\n\nBody.\n`));
      }),
      { numRuns: 150 },
    );
  });

  it('answers random MDX bodies with an incident or located errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mdxPiece, { maxLength: 20 }), async (pieces) => {
        expectWellFormed(await loadWithin(`${minimalFrontmatter}\n${pieces.join(' ')}\n`));
      }),
      { numRuns: 150 },
    );
  });

  it('answers random bytes and text with located errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 200 })), async (input) => {
        expectWellFormed(await loadWithin(input));
      }),
      { numRuns: 200 },
    );
  });
});
