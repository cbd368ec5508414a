import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const readme = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');

/** The contents of the README's fenced blocks in `language` (```sh, ```nginx), as written: what the tests run. */
export function readmeBlocks(language: string): string[] {
  return [...readFileSync(readme, 'utf8').matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);
}
