import { bundleMDX } from 'mdx-bundler';
import GithubSlugger from 'github-slugger';
import rehypeSlug from 'rehype-slug';
import { cacheKey, cached } from './compile-cache';
import { contentError, type Diagnostic } from './diagnostic';
import { narrativeSections, type NarrativeSection } from './narrative';

/** Components an incident body may use; `components/mdx` renders them. */
export const BODY_COMPONENTS = ['EventRef', 'Callout'] as const;

/** HTML that could run code or restyle the page is not content. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form']);

type MdastNode = {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
};

type BodyProblem = { line: number; column: number; code: string; message: string };

/** What the body is checked against: events it may point at, and anchors already taken on the page. */
export type BodyContext = { eventIds: ReadonlySet<string>; takenAnchors: ReadonlySet<string> };

function textOf(node: MdastNode): string {
  return typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join('');
}

/**
 * Checks what mdx-bundler would otherwise accept silently: bodies are prose
 * plus a few known components, with no imports, exports or `{expressions}`
 * (which would run at build time and could print build-time data into pages),
 * and every `<EventRef id>` names a real event.
 */
function checkBody(node: MdastNode, context: BodyContext, slugger: GithubSlugger, problems: BodyProblem[]) {
  const at = node.position?.start ?? { line: 1, column: 1 };
  const report = (code: string, message: string) => problems.push({ line: at.line, column: at.column, code, message });

  switch (node.type) {
    case 'mdxjsEsm':
      report('body-import-export', 'expected prose and components, got import/export; incident bodies cannot import code');
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report('body-expression', 'expected prose and components, got a {…} expression; write the text itself instead');
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name;
      const isComponent = name != null && /^[A-Z]|\./.test(name);
      if (isComponent && !(BODY_COMPONENTS as readonly string[]).includes(name)) {
        report('unknown-component', `expected one of the components ${BODY_COMPONENTS.map((c) => `<${c}>`).join(', ')}, got unknown component <${name}>`);
      } else if (name != null && !isComponent && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
        report('forbidden-element', `expected prose, got a <${name}> element, which is not allowed in incident bodies`);
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
          report('attribute-expression', `expected plain "quoted" attribute values on <${name ?? ''}>, got a {…} expression`);
        }
      }
      if (name === 'EventRef') {
        const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
        if (typeof id !== 'string') report('event-ref-without-id', 'expected <EventRef id="…"> with the id of a timeline event');
        else if (!context.eventIds.has(id)) report('unknown-event-ref', `expected <EventRef id> to name a timeline event, got "${id}"`);
      }
      break;
    }
    case 'heading': {
      // The same slugs rehype-slug will give; a clash would make a link open the wrong place.
      const slug = slugger.slug(textOf(node));
      if (context.takenAnchors.has(slug)) {
        report('heading-anchor-clash', `expected a heading whose anchor is not already used on the page, got "#${slug}" (an id in the frontmatter or a page section)`);
      }
      break;
    }
  }
  for (const child of node.children ?? []) checkBody(child, context, slugger, problems);
}

type CompileResult = { code: string; narrative: NarrativeSection[]; errors: [] } | { code: undefined; errors: Diagnostic[] };

/**
 * Compiles an incident body to the code mdx-bundler's `getMDXComponent` runs.
 * An unchanged body is compiled once, then served from the compile cache by
 * rebuilds, the dev server and the checker alike.
 */
export function compileBody(file: string, body: string, context: BodyContext): Promise<CompileResult> {
  // The checks' own source is part of the key, so changing a rule invalidates what it cached.
  const key = cacheKey([checkBody.toString(), compile.toString(), narrativeSections.toString(), file, [...context.eventIds].join(','), [...context.takenAnchors].join(','), body]);
  return cached(key, () => compile(file, body, context));
}

async function compile(file: string, body: string, context: BodyContext): Promise<CompileResult> {
  const problems: BodyProblem[] = [];
  let narrative: NarrativeSection[] = [];
  const remarkCheckBody = () => (tree: MdastNode) => {
    checkBody(tree, context, new GithubSlugger(), problems);
    narrative = narrativeSections(tree);
  };
  try {
    const { code } = await bundleMDX({
      source: body,
      mdxOptions(options) {
        options.remarkPlugins = [remarkCheckBody, ...(options.remarkPlugins ?? [])];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug];
        return options;
      },
      esbuildOptions(options) {
        options.minify = true;
        // Problems are reported as ContentErrors; esbuild's own log would repeat them.
        options.logLevel = 'silent';
        return options;
      },
    });
    if (problems.length > 0) {
      return { code: undefined, errors: problems.map((problem) => contentError({ file, ...problem, path: 'body' })) };
    }
    return { code, narrative, errors: [] };
  } catch (error) {
    return { code: undefined, errors: describeCompileFailure(file, error, problems) };
  }
}

type EsbuildMessage = { text: string; location?: { line: number; column: number } | null };

function describeCompileFailure(file: string, error: unknown, problems: BodyProblem[]): Diagnostic[] {
  // When the tree check found the cause (an import, say), esbuild's own errors are its
  // consequences and point into the compiled code, not into the file: report the cause only.
  if (problems.length > 0) return problems.map((problem) => contentError({ file, ...problem, path: 'body' }));
  const messages: EsbuildMessage[] =
    error !== null && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)
      ? (error.errors as EsbuildMessage[])
      : [{ text: error instanceof Error ? error.message : String(error) }];
  return messages.map((message) => {
    const text = message.text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^Cannot process MDX file with esbuild: (?:\d+:\d+(?:-\d+:\d+)?: )?/, '');
    // An unclosed tag comes without a location (line 0); its place is only in the text: "… (36:1-36:23)".
    const quoted = /\((\d+):(\d+)-\d+:\d+\)$/.exec(text);
    const location = message.location != null && message.location.line > 0 ? message.location : undefined;
    return contentError({
      file,
      code: 'invalid-mdx',
      line: location ? location.line : Number(quoted?.[1] ?? 1),
      column: location ? location.column + 1 : Number(quoted?.[2] ?? 1),
      path: 'body',
      message: `invalid MDX: ${text}`,
    });
  });
}
