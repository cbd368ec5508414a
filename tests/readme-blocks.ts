import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The contents of a README's fenced blocks in `language` (```sh, ```nginx), as written: what the tests run. */
export function readmeBlocks(language: string, readme = 'README.md'): string[] {
  return [...readFileSync(path.join(root, readme), 'utf8').matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);
}
