import { z } from 'zod';
import { isDiagnosticCode, type DiagnosticCode } from './codes';
import { diagnostic, formatFieldPath, type Diagnostic } from './diagnostic';
import type { SplitSource } from './frontmatter';
import { libraryCheckedPaths } from './library-checks';
import { checkRules, readRuleView, type RuleView, type RuleViolation } from './frontmatter-rules';
import { checkWarnings } from './warnings';
import { IncidentFrontmatterSchema, type IncidentFrontmatter } from './schema';
import { closestMatch, didYouMean } from './suggest';
import { offsetAdvice } from './offset-slip';
import { isIsoDate } from '../time/iso';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

/** Messages that say what was expected and what was found, for the issues the schema leaves to zod. */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `missing required field; expected ${expected}`;
      return `expected ${expected}, got ${shown(issue.input)}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) {
        return `missing required field; expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
      }
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${shown(issue.input)}${
        typeof issue.input === 'string' ? didYouMean(issue.input, issue.values.map(String)) : ''
      }`;
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} item(s)`;
      return undefined;
    default:
      return undefined;
  }
};

/** A stable code for a schema issue: a custom check names its own in `params.code`. */
function codeOf(issue: z.core.$ZodIssue): DiagnosticCode {
  if (issue.code === 'custom') {
    const named: unknown = issue.params?.code;
    return typeof named === 'string' && isDiagnosticCode(named) ? named : 'invalid-value';
  }
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) return 'missing-field';
  const codes: Partial<Record<string, DiagnosticCode>> = {
    invalid_type: 'invalid-type',
    invalid_value: 'invalid-choice',
    too_small: 'too-small',
    too_big: 'too-big',
    invalid_format: 'invalid-format',
  };
  return codes[issue.code] ?? 'invalid-value';
}

/** The fields a mapping at `path` of the schema accepts, for "unknown field" messages. */
function knownFields(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType = IncidentFrontmatterSchema;
  const unwrap = () => {
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.core.$ZodType;
  };
  for (const segment of path) {
    unwrap();
    if (schema instanceof z.ZodArray && typeof segment === 'number') schema = schema.element as z.core.$ZodType;
    else if (schema instanceof z.ZodObject && typeof segment === 'string') schema = schema.shape[segment] as z.core.$ZodType;
    else return [];
  }
  unwrap();
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** A 1-based place in the file, for the fields the library-wide checks report on. */
export type FieldPositions = ReadonlyMap<string, { line: number; column: number }>;

/** The fields the rules read, and the places of those the library-wide checks report on (nothing for a file that could not be read). */
export type ForLibrary = { view: RuleView; positions: FieldPositions };

export type ValidatedFrontmatter =
  | { frontmatter: IncidentFrontmatter; errors: []; warnings: Diagnostic[]; forLibrary: ForLibrary }
  | { frontmatter: undefined; errors: Diagnostic[]; warnings: Diagnostic[]; forLibrary: ForLibrary };

/**
 * Checks frontmatter against the schema, the cross-field rules and the
 * warnings; every problem is reported, each located in the file. The rules and
 * the warnings read the fields that are well-formed, so one run reports their
 * problems beside the schema's, and never on a field the schema rejects.
 * The same reading goes to the checks across the library.
 */
export function validateFrontmatter(file: string, source: SplitSource): ValidatedFrontmatter {
  if (source.data === undefined) return { frontmatter: undefined, errors: source.errors, warnings: [], forLibrary: { view: {}, positions: new Map() } };
  const located = (violation: RuleViolation) => diagnostic({
    file,
    code: violation.code,
    ...source.locate(violation.path),
    path: formatFieldPath(violation.path),
    message: violation.message,
  });
  const lineOf = (path: (string | number)[]) => source.locate(path).line;

  const result = IncidentFrontmatterSchema.safeParse(source.data, { error: errorMap, reportInput: true });
  const view: RuleView = result.success ? result.data : readRuleView(source.data);
  const schemaErrors = result.success ? [] : result.error.issues.flatMap((issue): Diagnostic[] => {
    if (issue.code === 'unrecognized_keys') {
      const fields = knownFields(issue.path);
      return issue.keys.map((key) => diagnostic({
        file,
        code: 'unknown-field',
        ...source.locateKey(issue.path, key),
        path: formatFieldPath([...issue.path, key]),
        message: `unknown field "${key}"${didYouMean(key, fields)}; expected one of ${fields.join(', ')}`,
      }));
    }
    const hint = TIME_FIELDS.has(String(issue.path.at(-1))) ? offsetHint(issue.input, view.timeZone) : '';
    return [diagnostic({ file, ...source.locate(issue.path), path: formatFieldPath(issue.path), code: codeOf(issue), message: issue.message + hint })];
  });
  // A misspelt required field ("timezone") is reported once, as unknown with its right name, not also as missing.
  const misspelt = new Set(
    result.success
      ? []
      : result.error.issues.flatMap((issue) =>
          issue.code === 'unrecognized_keys' ? issue.keys.flatMap((key) => closestMatch(key, knownFields(issue.path)) ?? []).map((name) => formatFieldPath([...issue.path, name])) : [],
        ),
  );
  const reported = schemaErrors.filter((error) => !(error.code === 'missing-field' && misspelt.has(error.path)));
  const errors = [...reported, ...onOtherFields(checkRules(view, lineOf).map(located), reported)];
  const warnings = sortByPosition(onOtherFields(checkWarnings(file, view, source.data, source.commentOf).map(located), errors));
  const positions = new Map(libraryCheckedPaths(view).map((path) => [formatFieldPath(path), source.locate(path)] as const));
  const forLibrary = { view, positions };
  if (!result.success || errors.length > 0) return { frontmatter: undefined, errors: sortByPosition(errors), warnings, forLibrary };
  return { frontmatter: result.data, errors: [], warnings, forLibrary };
}

const TIME_FIELDS = new Set(['at', 'until', 'start', 'end', 'publishedAt']);
const WITHOUT_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * For a time written without its offset, in an incident whose zone is known: the same
 * clock time with the zone's offset then (and a T where a space stood between date and time).
 */
function offsetHint(input: unknown, timeZone: string | undefined): string {
  const parts = typeof input === 'string' ? WITHOUT_OFFSET.exec(input) : null;
  if (!parts || !timeZone || !isIsoDate(parts[1]!) || Number(parts[2]!.slice(0, 2)) > 23 || Number(parts[2]!.slice(3)) > 59) return '';
  return `; ${offsetAdvice((input as string).replace(' ', 'T'), timeZone)}`;
}

/** The candidates at fields none of `reported` is about: one problem per field, the more basic one. */
export function onOtherFields(candidates: Diagnostic[], reported: Diagnostic[]): Diagnostic[] {
  const fields = new Set(reported.map(({ path }) => path));
  return candidates.filter((candidate) => !fields.has(candidate.path));
}

export function sortByPosition(errors: Diagnostic[]): Diagnostic[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}
