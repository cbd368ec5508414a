import path from 'node:path';

/**
 * The folders Node looks in for packages, nearest first: `node_modules` of the
 * working directory and of every folder above it (a scratch copy of the
 * project in .bench/ finds the project's own).
 */
export function nodeModulesFolders(): string[] {
  const folders: string[] = [];
  for (let folder = process.cwd(); ; folder = path.dirname(folder)) {
    folders.push(path.join(/*turbopackIgnore: true*/ folder, 'node_modules'));
    if (path.dirname(folder) === folder) return folders;
  }
}
