import { spawn } from 'node:child_process';

/**
 * The text of each blob, read by one `git cat-file --batch`. A blob git does
 * not have (a partial clone, a pruned object) is left out, not guessed.
 */
export function readBlobs(root: string, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return Promise.resolve(new Map());
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(parseBatchOutput(Buffer.concat(chunks))) : reject(new Error(`git cat-file exited with ${code}`))));
    child.stdin.end(`${wanted.join('\n')}\n`);
  });
}

/** `<id> blob <size>\n<content>\n` per object found, `<id> missing\n` per object not found. */
export function parseBatchOutput(output: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let at = 0;
  while (at < output.length) {
    const lineEnd = output.indexOf(0x0a, at);
    if (lineEnd < 0) break;
    const [id, type, size] = output.toString('utf8', at, lineEnd).split(' ');
    at = lineEnd + 1;
    if (size === undefined) continue;
    const end = at + Number(size);
    if (type === 'blob') blobs.set(id!, output.toString('utf8', at, end));
    at = end + 1;
  }
  return blobs;
}
