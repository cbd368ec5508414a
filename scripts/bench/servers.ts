import { spawn } from 'node:child_process';
import path from 'node:path';
import { listening } from './listening';

export type RunningServer = { url: string; stop(): void };

/** `next start` on a built project folder, on loopback; resolves once its home page answers. */
export function startNextServer(projectDir: string, port: number, env: Record<string, string> = {}): Promise<RunningServer> {
  const next = path.join(process.cwd(), 'node_modules/next/dist/bin/next');
  return startServer(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], projectDir, port, env);
}

/** A project folder's static export (its out/) behind nginx, as `npm run serve:export` serves it; resolves once its home page answers. */
export function startExportServer(projectDir: string, port: number): Promise<RunningServer> {
  const serveExport = path.join(process.cwd(), 'scripts/nginx/serve-export.sh');
  return startServer('bash', [serveExport, path.join(projectDir, 'out')], projectDir, port, { PORT: String(port), HOST: '127.0.0.1' });
}

async function startServer(command: string, args: string[], cwd: string, port: number, env: Record<string, string>): Promise<RunningServer> {
  const server = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
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
