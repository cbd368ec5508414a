import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzippedSize } from './measure';

/** Gzipped sizes a reader downloads, read from a production build (.next) of a project folder. */
export function pageSizes(projectDir: string, htmlFile: string) {
  const html = readFileSync(path.join(projectDir, '.next/server/app', htmlFile));
  const scripts = [...new Set([...html.toString().matchAll(/<script\b[^>]*\bsrc="\/_next\/([^"]+)"[^>]*>/g)]
    .filter(([tag]) => !/\bnomodule\b/i.test(tag))
    .map(([, src]) => src!))];
  const js = scripts.reduce((sum, src) => sum + gzippedSize(readFileSync(path.join(projectDir, '.next', src))), 0);
  return { htmlBytes: gzippedSize(html), firstLoadJsBytes: js };
}

export function firstIncidentHtml(projectDir: string): string {
  const name = readdirSync(path.join(projectDir, '.next/server/app/incidents')).find((file) => file.endsWith('.html'));
  if (!name) throw new Error('no prerendered incident page');
  return `incidents/${name}`;
}

/** Gzipped HTML of a prerendered page that not every build has (e.g. `follow-ups.html`); undefined when absent. */
export function optionalPageHtmlBytes(projectDir: string, htmlFile: string): number | undefined {
  const file = path.join(projectDir, '.next/server/app', htmlFile);
  return existsSync(file) ? gzippedSize(readFileSync(file)) : undefined;
}
