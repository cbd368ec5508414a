import { diagnostic, formatFieldPath, type Diagnostic } from './diagnostic';
import type { SplitSource } from './frontmatter';
import { fieldsOf } from './frontmatter-rules';

/**
 * What the scaffold and the importers write where only the author knows the
 * answer. A draft may hold it; a published file (`draft: false`) may not, so
 * an untouched scaffold cannot go out with invented facts.
 */

/** Text beginning with one of these is a placeholder, whatever follows. */
export const PLACEHOLDER_OPENINGS = ['Replace with', 'Replace this with'] as const;

/** The scaffold's example values, placeholders when found verbatim (its organization is a "Replace with" text). */
export const EXAMPLE_VALUES = {
  organization: 'Replace with your organization',
  service: 'Example service',
  windowLabel: 'Example service unavailable',
  remediationDescription: 'What will be done, and how it prevents a repeat.',
} as const;

/**
 * How an importer marks a value it had to choose without the source saying
 * (`severity: sev3 # guess: …`): a placeholder until the author deletes the comment.
 */
export const GUESS_COMMENT_OPENING = 'guess:';

/**
 * Ids the scaffold and the importers make up for what only the author can
 * name. An id is a permanent anchor, so it is named before publishing; an
 * importer may number a second one (`cause-to-be-written-2`).
 */
export const PLACEHOLDER_ID = {
  factor: 'example-factor',
  remediation: 'example-remediation',
  wentWell: 'example-went-well',
  wentWrong: 'example-went-wrong',
  gotLucky: 'example-got-lucky',
  impactWindow: 'impact-to-be-described',
  cause: 'cause-to-be-written',
} as const;

const PLACEHOLDER_IDS: ReadonlySet<string> = new Set(Object.values(PLACEHOLDER_ID));

const isPlaceholderId = (id: string) => PLACEHOLDER_IDS.has(id.replace(/-\d+$/, ''));

/** Sentences of the scaffold's body; a body line holding one is a placeholder. */
export const EXAMPLE_BODY_SENTENCES = ['Tell the story here in Markdown.', 'Callouts hold quotes or asides.'] as const;

/** The scaffold's invented events, recognised by their titles. */
export const EXAMPLE_EVENTS = [
  { id: 'change-deployed', time: '09:00', kind: 'change', title: 'A change is deployed' },
  { id: 'first-alert', time: '09:05', kind: 'alert', title: 'An alert fires' },
  { id: 'service-recovered', time: '09:45', kind: 'recovery', title: 'The service recovers' },
] as const;

const exampleValues: ReadonlySet<string> = new Set(Object.values(EXAMPLE_VALUES));
const exampleTitles: ReadonlySet<string> = new Set(EXAMPLE_EVENTS.map((event) => event.title));

/** True when a field's text is a placeholder the author has not replaced yet. */
export function isPlaceholderText(text: string): boolean {
  const trimmed = text.trim();
  return PLACEHOLDER_OPENINGS.some((opening) => trimmed.startsWith(opening)) || exampleValues.has(trimmed);
}

function isPlaceholderLine(line: string): boolean {
  const text = line.trim().replace(/^(?:[-*+]|\d+\.)\s+/, '');
  return PLACEHOLDER_OPENINGS.some((opening) => text.startsWith(opening)) || EXAMPLE_BODY_SENTENCES.some((sentence) => line.includes(sentence));
}

type Finding = { code: 'placeholder-text' | 'scaffold-example-event' | 'placeholder-id'; path: (string | number)[]; message: string };

function textFindings(value: unknown, path: (string | number)[], skip: (path: (string | number)[]) => boolean): Finding[] {
  if (skip(path)) return [];
  if (typeof value === 'string' && path.at(-1) === 'id' && isPlaceholderId(value)) {
    return [{ code: 'placeholder-id', path, message: `expected an id of your own before publishing, got the placeholder id ${JSON.stringify(value)}; an id is a permanent link (#${value}), so rename it, and every reference to it, to say what it is, or keep draft: true` }];
  }
  if (typeof value === 'string') {
    return isPlaceholderText(value)
      ? [{ code: 'placeholder-text', path, message: `expected your own text before publishing, got the placeholder ${JSON.stringify(value.trim())}; replace it, or keep draft: true` }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textFindings(item, [...path, i], skip));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textFindings(item, [...path, key], skip));
  }
  return [];
}

/**
 * Every placeholder of a file that is to be published: each text field, each
 * example event, each body line. Read from the fields as written, so a file
 * with schema errors gets these too; one whose `draft` is neither true nor false gets none.
 */
export function placeholderDiagnostics(file: string, source: SplitSource): Diagnostic[] {
  const fields = fieldsOf(source.data);
  const published = fields.draft === undefined || fields.draft === false;
  if (!published) return [];
  const timeline = Array.isArray(fields.timeline) ? fields.timeline.map(fieldsOf) : [];
  const exampleEventAt = new Set(
    timeline.flatMap(({ title }, i) => (typeof title === 'string' && exampleTitles.has(title.trim()) ? [i] : [])),
  );
  const isExampleEventTitle = (path: (string | number)[]) =>
    path.length === 3 && path[0] === 'timeline' && exampleEventAt.has(path[1] as number) && path[2] === 'title';

  const guesses = Object.keys(fields).flatMap((key): Finding[] =>
    source.commentOf([key])?.startsWith(GUESS_COMMENT_OPENING)
      ? [{ code: 'placeholder-text', path: [key], message: `expected a value you chose before publishing, got ${JSON.stringify(fields[key])} marked "# ${GUESS_COMMENT_OPENING} …" by the importer; check it and delete the comment, or keep draft: true` }]
      : [],
  );
  const findings: Finding[] = [
    ...textFindings(fields, [], isExampleEventTitle),
    ...guesses,
    ...[...exampleEventAt].map((i): Finding => ({
      code: 'scaffold-example-event',
      path: ['timeline', i],
      message: `expected events of your incident before publishing, got the scaffold's example event "${String(timeline[i]!.title)}"; replace or remove it, or keep draft: true`,
    })),
  ];
  const fromFrontmatter = findings.map((finding) =>
    diagnostic({ file, ...source.locate(finding.path), path: formatFieldPath(finding.path), code: finding.code, message: finding.message }),
  );
  const fromBody = source.body.split('\n').flatMap((line, index) =>
    isPlaceholderLine(line)
      ? [diagnostic({
          file,
          line: index + 1,
          column: line.search(/\S/) + 1,
          path: 'body',
          code: 'placeholder-text',
          message: `expected your own text before publishing, got the placeholder line ${JSON.stringify(line.trim())}; replace it, or keep draft: true`,
        })]
      : [],
  );
  return [...fromFrontmatter, ...fromBody];
}
