import { escapeForTerminal } from './characters';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';

/** How bad a diagnostic is: an error stops the build, a warning is printed and does not (unless `--strict`). */
export type DiagnosticLevel = 'error' | 'warning';

/** One problem in one content file, precise enough to jump to in an editor. */
export type Diagnostic = {
  /** Path of the file as the author knows it, e.g. `content/incidents/x.mdx`. */
  file: string;
  /** 1-based line and column in that file. */
  line: number;
  column: number;
  /** Field path in the frontmatter (`timeline[3].at`), `body` for the MDX body, `file` for the whole file. */
  path: string;
  level: DiagnosticLevel;
  /** Stable kebab-case name of the rule (`unknown-field`), listed in codes.ts; tests and the authoring guide use it. */
  code: DiagnosticCode;
  /** What was expected, and what was found. */
  message: string;
};

/** A diagnostic at the level its code has in codes.ts. */
export function diagnostic(fields: Omit<Diagnostic, 'level'>): Diagnostic {
  return { ...fields, level: DIAGNOSTIC_CODES[fields.code].level };
}

/** `content/incidents/x.mdx:14:5  error[invalid-format]  timeline[3].at  expected …, got "3pm"` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  // Names come from the author (file names, field names, values): printed raw, a control character would drive the terminal.
  return escapeForTerminal(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.level}[${diagnostic.code}]  ${diagnostic.path}  ${diagnostic.message}`);
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Every diagnostic, one per line, then a count: `3 errors and 1 warning in 2 files`. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size;
  const errors = diagnostics.filter((diagnostic) => diagnostic.level === 'error').length;
  const warnings = diagnostics.length - errors;
  const tally = [errors > 0 || warnings === 0 ? counted(errors, 'error') : '', warnings > 0 ? counted(warnings, 'warning') : '']
    .filter(Boolean)
    .join(' and ');
  return [...diagnostics.map(formatDiagnostic), `${tally} in ${counted(files, 'file')}`].join('\n');
}

/** `['timeline', 3, 'at']` → `timeline[3].at` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let result = '';
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`;
    else result += result === '' ? String(segment) : `.${String(segment)}`;
  }
  return result;
}

/**
 * Thrown where rendering cannot go on (a page for an invalid file). Its message
 * is the formatted list and it carries no stack, so the build log shows what to
 * fix rather than where in the framework it was noticed.
 */
export class InvalidContentError extends Error {
  readonly errors: readonly Diagnostic[];

  constructor(errors: readonly Diagnostic[]) {
    super(`Invalid content:\n${formatDiagnostics(errors)}`);
    this.name = 'InvalidContentError';
    this.errors = errors;
    this.stack = this.message;
  }
}
