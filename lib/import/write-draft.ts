import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, visit, type Scalar } from 'yaml';
import { PAGE_IDS } from '../page-anchors';
import { ISO_WITH_OFFSET } from '../time/iso';
import { SCHEMA_COMMENT } from '../content/scaffold';
import type { z } from 'zod';
import type { IncidentFrontmatterSchema } from '../content/schema';
import type { Outcome } from './outcome';

/** Frontmatter as an importer writes it: the schema's input, so a missing or misspelt field fails to compile. */
export type DraftFrontmatter = z.input<typeof IncidentFrontmatterSchema> & { draft: true };

export type Draft = {
  fileName: string;
  /** Lines of the comment heading the frontmatter, after the schema line. */
  heading: string[];
  frontmatter: DraftFrontmatter;
  /** A comment after a top-level field's value, e.g. where a value had to be chosen. */
  fieldComments?: Partial<Record<keyof DraftFrontmatter, string>>;
  body: string;
};

/** Ids for one draft: each given base, or with `-2`, `-3`… when the draft or the page already uses it. */
export function draftIds(): (base: string) => string {
  const ids = new Set<string>(PAGE_IDS);
  return (base) => {
    let id = base;
    for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
}

/** What an importer knows, or chose as a placeholder; the rest of a draft is the same for every importer. */
export type DraftParts = Omit<Draft, 'frontmatter'> & {
  frontmatter: Omit<DraftFrontmatter, 'summary' | 'draft' | 'contributingFactors' | 'remediations'>;
  /** The choices the importer made, for the terminal. */
  notes: string[];
};

export type ImportedDraft = { draft: Draft; notes: string[] };

/**
 * An importer's draft: `draft: true`, a placeholder summary (no source holds
 * one) and no contributing factors or remediations (no source says them),
 * the fields in the order the authoring guide lists them.
 */
export function draftResult({ notes, frontmatter, ...draft }: DraftParts): Outcome<ImportedDraft> {
  return {
    ok: true,
    value: {
      notes,
      draft: {
        ...draft,
        frontmatter: {
          title: frontmatter.title,
          summary: 'Replace this with a one-paragraph summary: what broke, for whom, for how long, why.',
          organization: frontmatter.organization,
          severity: frontmatter.severity,
          status: frontmatter.status,
          timeZone: frontmatter.timeZone,
          draft: true,
          services: frontmatter.services,
          impactWindows: frontmatter.impactWindows,
          timeline: frontmatter.timeline,
          causes: frontmatter.causes,
          contributingFactors: [],
          remediations: [],
          sources: frontmatter.sources,
        },
      },
    },
  };
}

/**
 * The MDX text of a draft. The YAML is written by the library the loader reads
 * it with, so every value comes back as written; times are quoted, as the
 * authoring guide asks, and lists of names stay on one line.
 */
export function draftText(draft: Draft): string {
  const doc = new Document(draft.frontmatter, { version: '1.2' });
  visit(doc, {
    Scalar(_, node: Scalar) {
      if (typeof node.value === 'string' && ISO_WITH_OFFSET.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const comment = isScalar(pair.key) ? draft.fieldComments?.[pair.key.value as keyof DraftFrontmatter] : undefined;
      if (comment && (isScalar(pair.value) || isSeq(pair.value))) pair.value.comment = ` ${comment}`;
    }
  }
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const heading = [SCHEMA_COMMENT, ...draft.heading.map((line) => `# ${line}`)].join('\n');
  return `---\n${heading}\n${yaml}---\n\n${draft.body.trim()}\n`;
}

export type WriteResult = { ok: true; file: string } | { ok: false; message: string };

/** Writes a new incident file into `directory`; never overwrites one that exists. */
export async function writeNewIncidentFile(directory: string, fileName: string, text: string): Promise<WriteResult> {
  const target = path.join(directory, fileName);
  const shown = path.relative(process.cwd(), target) || target;
  try {
    await writeFile(target, text, { flag: 'wx' });
    return { ok: true, file: shown };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { ok: false, message: `${shown} already exists; not overwriting it (choose another name with --slug)` };
    return { ok: false, message: `expected to write ${shown}, got ${code ?? String(error)}` };
  }
}

/** Writes an importer's draft into `directory` (never over a file) and gives back the file and the importer's notes. */
export async function writeDraft(directory: string, { draft, notes }: ImportedDraft): Promise<Outcome<{ file: string; notes: string[] }>> {
  const written = await writeNewIncidentFile(directory, draft.fileName, draftText(draft));
  if (!written.ok) return written;
  return { ok: true, value: { file: written.file, notes } };
}
