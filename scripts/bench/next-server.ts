import { spawn } from 'node:child_process';
import path from 'node:path';
import { listening } from './listening';

export type RunningServer = { url: string; stop(): void };

/** `next start` on a built project folder, on loopback; resolves once its home page answers. */
export async function startNextServer(projectDir: string, port: number, env: Record<string, string> = {}): Promise<RunningServer> {
  const next = path.join(process.cwd(), 'node_modules/next/dist/bin/next');
  const server = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: projectDir,
    env: { ...process.env, ...env },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await listening(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
