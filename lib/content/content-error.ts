/** One problem in one content file, precise enough to jump to in an editor. */
export type ContentError = {
  /** Path of the file as the author knows it, e.g. `content/incidents/x.mdx`. */
  file: string;
  /** 1-based line and column in that file. */
  line: number;
  column: number;
  /** Field path in the frontmatter (`timeline[3].at`), `body` for the MDX body, `file` for the whole file. */
  path: string;
  /** What was expected, and what was found. */
  message: string;
};

/** `content/incidents/x.mdx:14:5  timeline[3].at  expected …, got "3pm"` */
export function formatContentError(error: ContentError): string {
  return `${error.file}:${error.line}:${error.column}  ${error.path}  ${error.message}`;
}

export function formatContentErrors(errors: readonly ContentError[]): string {
  const files = new Set(errors.map((error) => error.file)).size;
  const lines = errors.map(formatContentError);
  lines.push(
    `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}`,
  );
  return lines.join('\n');
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
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(`Invalid content:\n${formatContentErrors(errors)}`);
    this.name = 'InvalidContentError';
    this.errors = errors;
    this.stack = this.message;
  }
}
