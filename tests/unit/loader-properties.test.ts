import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findForbiddenCharacter } from '@/lib/content/characters';
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

beforeAll(async () => {
  vi.stubEnv('MDX_CACHE_DIR', 'off');
  // The first compile starts esbuild; a busy machine must not count that against the first random input.
  await loadIncidentSource(FILE, 'random', encoder.encode(minimal));
}, 120_000);
afterAll(() => vi.unstubAllEnvs());

/** Many loads per property on a machine shared with other work: the test's own time limit. */
const PROPERTY_TIMEOUT = 180_000;

/** A bound for "never hangs", generous enough for a busy machine; a hang is far beyond it. */
async function loadWithin(text: string | Uint8Array, ms = 20_000): Promise<LoadResult> {
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
  }, PROPERTY_TIMEOUT);

  it('answers random MDX bodies with an incident or located errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mdxPiece, { maxLength: 20 }), async (pieces) => {
        expectWellFormed(await loadWithin(`${minimalFrontmatter}\n${pieces.join(' ')}\n`));
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  it('answers random bytes and text with located errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 200 })), async (input) => {
        expectWellFormed(await loadWithin(input));
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);

  it('answers random YAML with anchors, aliases, tags and merge keys with an incident or located errors', async () => {
    const anchor = fc.constantFrom('a', 'b', 'all', 'x');
    const scalar = fc.oneof(fc.constantFrom('API', 'Dashboard', '"2024-12-11T15:16:00-08:00"', 'sev2', 'true', '~', '""'), fc.string({ maxLength: 6 }).map((text) => JSON.stringify(text)));
    const tag = fc.constantFrom('', '!!str ', '!!int ', '!!binary ', '!!set ', '!!map ', '!!seq ', '!!timestamp ', '!custom ', '!<tag:yaml.org,2002:str> ');
    const value: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.tuple(tag, scalar).map(([t, v]) => `${t}${v}`),
        anchor.map((name) => `*${name}`),
        fc.tuple(anchor, tie('value')).map(([name, v]) => `&${name} ${v}`),
        fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
        fc.array(fc.tuple(fc.constantFrom('id', 'at', 'kind', 'title', '<<', 'x'), tie('value')), { maxLength: 4 }).map(
          (pairs) => `{${pairs.map(([key, v]) => `${key}: ${v}`).join(', ')}}`,
        ),
      ),
    })).value;
    const field = fc.constantFrom('title', 'summary', 'organization', 'severity', 'status', 'timeZone', 'services', 'impactWindows', 'timeline', 'causes', '<<', 'extra');
    const document = fc.array(fc.tuple(field, value), { minLength: 1, maxLength: 12 }).map((lines) => lines.map(([key, v]) => `${key}: ${v}`).join('\n'));
    await fc.assert(
      fc.asyncProperty(document, async (yaml) => {
        expectWellFormed(await loadWithin(`---\n${yaml}\n---\n\nBody.\n`));
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  it('answers random Unicode, control and bidirectional characters included, and never lets one through', async () => {
    const tricky = fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u202e', '\u2066', '\u2069', '\u200f', '\ud800', '\udfff', '\ufffe', '\t', '\r', '\u2028', '🔥', 'Ω', 'ب', '東');
    const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), tricky), { maxLength: 6 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.record({ title: text, service: text, body: text }), async ({ title, service, body }) => {
        const source = minimal
          .replace('title: Minimal incident', `title: ${JSON.stringify(title)}`)
          .replace('services: [API, Dashboard]', `services: [API, Dashboard, ${JSON.stringify(service)}]`)
          .replace('The config went out', `${body} The config went out`);
        const result = await loadWithin(source);
        expectWellFormed(result);
        if (result.ok) {
          for (const written of [result.incident.title, ...result.incident.services]) expect(findForbiddenCharacter(written)).toBeUndefined();
        }
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT);

  it('answers random cause graphs of up to 10,000 causes with an incident or located errors', async () => {
    const graph = fc.record({ size: fc.integer({ min: 1, max: 10_000 }), seed: fc.integer({ min: 1, max: 2 ** 31 - 2 }), links: fc.integer({ min: 0, max: 3 }) });
    await fc.assert(
      fc.asyncProperty(graph, async ({ size, seed, links }) => {
        let state = seed;
        const random = (below: number) => {
          state = (state * 48_271) % 2_147_483_647;
          return state % below;
        };
        // Mostly a forward chain (deep), with random links that may loop back, point at themselves or at nothing.
        const causes = Array.from({ length: size }, (_, i) => ({
          id: `cause-${i}`,
          statement: `Cause ${i}`,
          leadsTo: [
            ...(i + 1 < size ? [`cause-${i + 1}`] : []),
            ...Array.from({ length: random(links + 1) }, () => (random(50) === 0 ? 'nowhere' : `cause-${random(size)}`)),
          ],
        }));
        const frontmatter = minimalFrontmatter.replace(/causes:[\s\S]*---\n$/, `${stringify({ causes })}---\n`);
        const result = await loadWithin(`${frontmatter}\nBody.\n`, 60_000);
        expectWellFormed(result);
        if (result.ok) expect(result.incident.causes).toHaveLength(size);
      }),
      { numRuns: 5 },
    );
  }, 300_000);
});
