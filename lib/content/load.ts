import { createHash } from 'node:crypto';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { deriveIncident, type Incident } from '../incident/model';
import type { BodyContext } from './body-rules';
import { compileBody } from './compile-mdx';
import { PAGE_IDS } from '../page-anchors';
import { forbiddenCharacterProblem, forbiddenCharactersByLine } from './characters';
import { declaredIds, fieldsOf, type RuleView } from './frontmatter-rules';
import type { DiagnosticCode } from './codes';
import { diagnostic, InvalidContentError, type Diagnostic } from './diagnostic';
import { splitSource } from './frontmatter';
import { KEBAB_CASE } from './schema';
import { placeholderDiagnostics } from './placeholders';
import { LESSON_KINDS } from './vocabulary';
import { onOtherFields, sortByPosition, validateFrontmatter } from './validate';
import { exampleZoneAbbreviation } from './warnings';
import { checkLibrary, type CheckableIncident } from './library-checks';
import { utcDate, type CalendarDate } from '../time/calendar-date';
import { buildTime } from '../time/build-time';
import { eventRefText } from '../time/format';
import { isIsoTimeWithOffset, isKnownTimeZone } from '../time/iso';

// The type lives with the model that derives it; re-exported for the pages that load it.
export type { Incident };

/**
 * A loaded incident carries its warnings beside it (a warning never stops a
 * page). Any file whose frontmatter could be read, loaded or not, carries what
 * the library-wide checks read of it.
 */
export type LoadResult =
  | { ok: true; incident: Incident; warnings: Diagnostic[]; checkable: CheckableIncident }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[]; checkable?: CheckableIncident };

const MAX_FILE_BYTES = 1024 * 1024;
const SLUG = KEBAB_CASE;

// Content is read at build time only; the turbopackIgnore comments keep Next
// from tracing these paths and bundling the whole project into server output.

/** Where incidents are read from: `CONTENT_DIR`, or `content/incidents`. */
export function contentDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content', 'incidents'));
}

/** Hidden files (`.DS_Store`, `.gitkeep`, editor swap files) are not the author's content; everything else must be an incident. */
const isIgnored = (name: string) => name.startsWith('.');

export async function listIncidentFiles(directory = contentDirectory()): Promise<string[]> {
  return (await listContentFolder(directory)).incidents;
}

/** The incident files of the folder, and every other entry in it that is not ignored. */
async function listContentFolder(directory: string): Promise<{ incidents: string[]; others: { path: string; isFolder: boolean }[] }> {
  const entries = (await readdir(/*turbopackIgnore: true*/ directory, { withFileTypes: true }))
    .filter((entry) => !isIgnored(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const isIncident = (entry: (typeof entries)[number]) => entry.name.endsWith('.mdx') && !entry.isDirectory();
  return {
    incidents: entries.filter(isIncident).map((entry) => path.join(directory, entry.name)),
    others: entries.filter((entry) => !isIncident(entry)).map((entry) => ({ path: path.join(directory, entry.name), isFolder: entry.isDirectory() })),
  };
}

/** A file the loader would otherwise pass over in silence, such as `notes.md` or `x.MDX`. */
function unexpectedEntryError(entry: { path: string; isFolder: boolean }): Diagnostic {
  const file = path.relative(process.cwd(), entry.path) || entry.path;
  const name = path.basename(entry.path);
  const found = entry.isFolder ? `a folder "${name}"` : `"${name}"`;
  return diagnostic({ file, line: 1, column: 1, path: 'file', code: 'unexpected-file', message: `expected only incident files ending in .mdx (and hidden files, which are ignored) in the content folder, got ${found}` });
}

function fileError(file: string, code: DiagnosticCode, message: string): LoadResult {
  return { ok: false, errors: [diagnostic({ file, line: 1, column: 1, path: 'file', code, message })], warnings: [] };
}

/** Reads, validates and compiles one incident file; returns every problem found instead of throwing. */
export async function loadIncidentFile(absolutePath: string): Promise<LoadResult> {
  const file = path.relative(process.cwd(), absolutePath) || absolutePath;
  const slug = path.basename(absolutePath, '.mdx');
  if (!SLUG.test(slug)) {
    return fileError(file, 'invalid-file-name', `expected a kebab-case file name such as 2024-12-11-api-outage.mdx, got "${slug}.mdx"`);
  }

  let bytes: Buffer;
  try {
    bytes = await readFile(/*turbopackIgnore: true*/ absolutePath);
  } catch (error) {
    return fileError(file, 'unreadable-file', `expected a readable file, got ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return loadIncidentSource(file, slug, bytes);
}

const LOADER_MEMORY = Symbol.for('postmortems.loader-memory');

type LoaderMemory = {
  loaded: Map<string, Promise<LoadResult>>;
  latestKeyOf: Map<string, string>;
  published: Map<string, Promise<LoadedLibrary>>;
};

/**
 * What this process has loaded. It lives on globalThis because Next bundles
 * this module separately into each kind of route (pages, route handlers,
 * preview images): kept in the module, a build worker would read and check
 * the whole library once per bundle instead of once.
 */
const memory: LoaderMemory = ((globalThis as { [LOADER_MEMORY]?: LoaderMemory })[LOADER_MEMORY] ??= {
  loaded: new Map(),
  latestKeyOf: new Map(),
  published: new Map(),
});
const { loaded, latestKeyOf, published } = memory;

/**
 * Validates, compiles and derives one incident from its bytes. The result is
 * kept by a hash of file name and bytes: a build renders several pages per
 * incident (page, preview image, event links), and they share one load.
 */
export function loadIncidentSource(file: string, slug: string, bytes: Uint8Array): Promise<LoadResult> {
  const key = createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
  let result = loaded.get(key);
  if (!result) {
    // Keep one version per file, so a long dev session does not hoard every edit.
    const previous = latestKeyOf.get(file);
    if (previous) loaded.delete(previous);
    latestKeyOf.set(file, key);
    result = parseIncident(file, slug, bytes).catch((error: unknown) =>
      // A loader bug must still name the file, and must not hide the rest of the library's problems.
      fileError(file, 'loader-failure', `expected the file to load; the loader failed on it with ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`),
    );
    loaded.set(key, result);
  }
  return result;
}

async function parseIncident(file: string, slug: string, bytes: Uint8Array): Promise<LoadResult> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fileError(file, 'file-too-large', `expected at most ${MAX_FILE_BYTES / 1024} KB, got ${Math.round(bytes.byteLength / 1024)} KB`);
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fileError(file, 'not-utf8', 'expected UTF-8 text, got bytes that are not valid UTF-8');
  }

  const source = splitSource(file, raw);
  if (source.data === undefined) return { ok: false, errors: source.errors, warnings: [] };
  const validated = validateFrontmatter(file, source);
  const checkable = { slug, file, ...validated.forLibrary };
  const errors = [...validated.errors, ...onOtherFields(placeholderDiagnostics(file, source), validated.errors)];

  // The body is checked even when the frontmatter is not, so one run reports both.
  const compiled = await compileBody(file, source.body, bodyContextOf(checkable.view, source.data));
  const bodyCharacters = forbiddenCharactersByLine(source.body).map(({ line, column, found }) =>
    diagnostic({ file, line, column, path: 'body', ...forbiddenCharacterProblem(found) }),
  );
  if (!validated.frontmatter || errors.length > 0 || compiled.code === undefined || bodyCharacters.length > 0) {
    // A warning about an item with an unknown field in it may be that field's echo (a misspelt `due` is also "no due date").
    const echoes = (warning: Diagnostic) =>
      errors.some((error) => error.code === 'unknown-field' && (error.path === warning.path || error.path.startsWith(`${warning.path}.`)));
    return { ok: false, errors: sortByPosition([...errors, ...compiled.errors, ...bodyCharacters]), warnings: validated.warnings.filter((warning) => !echoes(warning)), checkable };
  }

  return {
    ok: true,
    warnings: sortByPosition([...validated.warnings, ...compiled.warnings]),
    checkable,
    incident: deriveIncident(validated.frontmatter, { slug, file, code: compiled.code, narrative: compiled.narrative }),
  };
}

/** Each event's time as `<EventRef>` shows it in the incident's zone (components/mdx/IncidentBody.tsx), where the frontmatter gives it. */
function eventTimesOf(view: RuleView): Map<string, string> {
  const zone = view.timeZone;
  if (zone === undefined || !isKnownTimeZone(zone)) return new Map();
  return new Map(
    (view.timeline ?? []).flatMap(({ id, at, precision, approximate }) =>
      id !== undefined && at !== undefined && isIsoTimeWithOffset(at) ? [[id, eventRefText(at, zone, precision === 'day', approximate === true)] as const] : [],
    ),
  );
}

/** Ids as the rules read them, so the body can be checked against a frontmatter with mistakes. */
function bodyContextOf(view: RuleView, data: unknown): BodyContext {
  const eventIds = declaredIds(view.timeline);
  const fields = fieldsOf(data);
  const readable = (key: string, shape: 'list' | 'mapping') =>
    fields[key] === undefined || (shape === 'list' ? Array.isArray(fields[key]) : typeof fields[key] === 'object' && fields[key] !== null && !Array.isArray(fields[key]));
  return {
    eventIds,
    idsComplete: ['timeline', 'impactWindows', 'causes', 'contributingFactors', 'remediations'].every((key) => readable(key, 'list')) && readable('lessons', 'mapping'),
    eventTimes: eventTimesOf(view),
    zoneAbbreviation: exampleZoneAbbreviation(view),
    takenAnchors: new Set([
      ...PAGE_IDS,
      ...eventIds,
      ...[view.impactWindows, view.causes, view.contributingFactors, view.remediations].flatMap((items) => [...declaredIds(items)]),
      ...LESSON_KINDS.flatMap((kind) => [...declaredIds(view.lessons?.[kind])]),
    ]),
  };
}

export type LoadedLibrary = { incidents: Incident[]; errors: Diagnostic[]; warnings: Diagnostic[] };

/**
 * Loads every incident in the folder; all problems of all files are collected
 * before anything fails, the library-wide checks included. A file with an
 * error is left out of `incidents`. `today` is the day follow-ups are overdue
 * against: unless given, the UTC date of the build (`buildTime()`).
 */
export async function loadAllIncidents(directory = contentDirectory(), { today = utcDate(buildTime()) }: { today?: CalendarDate } = {}): Promise<LoadedLibrary> {
  const folder = await listContentFolder(directory);
  const files = folder.incidents;
  const results = await Promise.all(files.map(loadIncidentFile));
  const loaded = results.flatMap((result) => (result.ok ? [result] : []));
  const fileErrors = results.flatMap((result) => (result.ok ? [] : result.errors));
  // Files with errors are checked too, on their well-formed fields, but a field with an error of its own is not reported twice.
  const reported = new Set(fileErrors.map((error) => `${error.file}\n${error.path}`));
  const libraryDiagnostics = checkLibrary(
    results.flatMap((result) => (result.checkable ? [result.checkable] : [])),
    new Set(files.map((file) => path.basename(file, '.mdx'))),
    today,
  ).filter((candidate) => !reported.has(`${candidate.file}\n${candidate.path}`));
  const byLevel = (level: Diagnostic['level']) => libraryDiagnostics.filter((candidate) => candidate.level === level);
  const errors = [...folder.others.map(unexpectedEntryError), ...fileErrors, ...byLevel('error')];
  const broken = new Set(errors.map((error) => error.file));
  const incidents = loaded.map((result) => result.incident).filter((incident) => !broken.has(incident.file));
  incidents.sort((a, b) => Date.parse(b.metrics.impactStart) - Date.parse(a.metrics.impactStart));
  const warnings = [...results.flatMap((result) => result.warnings), ...byLevel('warning')];
  return { incidents, errors: inFileOrder(errors), warnings: inFileOrder(warnings) };
}

/** By file, then by place in the file. */
export function inFileOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/**
 * While writing (`next dev`), drafts are shown and a broken file is reported
 * beside the incidents that still work. A production build publishes no
 * drafts, and any problem is fatal (the build's content check stops it first).
 */
export function isWritingMode(): boolean {
  return process.env.NODE_ENV !== 'production';
}

export type Library = LoadedLibrary;

/** What the site shows of a loaded library: every incident while writing; in a build, the published ones (no drafts). */
export function siteLibrary(all: Library): Library {
  return isWritingMode() ? all : { ...all, incidents: all.incidents.filter((incident) => !incident.draft) };
}

/**
 * For pages: the incidents to show, newest first, the problems of files that
 * could not be loaded, and the warnings. A production build reads the library
 * once per process (every page needs it, for related incidents and the lists);
 * while writing it is read afresh, so edits show.
 */
export async function getLibrary(): Promise<Library> {
  if (isWritingMode()) return loadAllIncidents();
  const directory = contentDirectory();
  let library = published.get(directory);
  if (!library) {
    library = loadAllIncidents(directory).then((all) => {
      if (all.errors.length > 0) throw new InvalidContentError(all.errors);
      return siteLibrary(all);
    });
    published.set(directory, library);
  }
  return library;
}

/**
 * Slugs that get an incident page. While writing, a broken file keeps its page,
 * so its author sees the problems there instead of a "not found".
 */
export async function getIncidentSlugs(): Promise<string[]> {
  if (isWritingMode()) return (await listIncidentFiles()).map((file) => path.basename(file, '.mdx')).filter((slug) => SLUG.test(slug));
  return (await getIncidents()).map((incident) => incident.slug);
}

export async function getIncidents(): Promise<Incident[]> {
  return (await getLibrary()).incidents;
}

/** For pages: one incident by slug, undefined when there is no such (published) file. */
export async function getIncident(slug: string): Promise<Incident | undefined> {
  if (!SLUG.test(slug)) return undefined;
  const file = path.join(contentDirectory(), `${slug}.mdx`);
  try {
    await access(/*turbopackIgnore: true*/ file);
  } catch {
    return undefined;
  }
  const result = await loadIncidentFile(file);
  if (!result.ok) throw new InvalidContentError(result.errors);
  return isWritingMode() || !result.incident.draft ? result.incident : undefined;
}
