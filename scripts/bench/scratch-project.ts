import { chmodSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

/**
 * A copy of the app in .bench/ (ignored by git), to build other content without
 * touching the project's own .next and public/. It sits inside the repository so
 * that it resolves the project's node_modules and lockfile as the real one does.
 */
export function scratchProject(root: string): string {
  mkdirSync(path.join(root, '.bench'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.bench', 'run-'));
  // mkdtemp makes it private; nginx's workers, which may run as another user, serve an export from it.
  chmodSync(dir, 0o755);
  for (const entry of ['app', 'components', 'lib', 'scripts', 'public']) {
    cpSync(path.join(root, entry), path.join(dir, entry), {
      recursive: true,
      filter: (source) => ![path.join(root, 'public', 'incidents'), path.join(root, 'public', 'pagefind')].some((generated) => source.startsWith(generated)),
    });
  }
  for (const file of ['next.config.ts', 'proxy.ts', 'tsconfig.json', 'package.json']) cpSync(path.join(root, file), path.join(dir, file));
  return dir;
}
