import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../../..');

/** Each test here starts several Node processes (tsx, an MDX compile); on a busy machine that takes a while. */
export const SCRIPT_TIMEOUT_MS = 180_000;

export type ScriptResult = { status: number | null; stdout: string; stderr: string };

const command = (script: string, args: string[]) => ['--import', 'tsx', path.join(root, 'scripts', script), ...args];

/** Runs one of the project's scripts as `npm run` does (with tsx), from the project root. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): ScriptResult {
  return spawnSync(process.execPath, command(script, args), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: SCRIPT_TIMEOUT_MS });
}

/** The same, without blocking this process: for a script that talks to a server the test runs. */
export function runScriptAsync(script: string, args: string[], env: Record<string, string> = {}): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, command(script, args), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: SCRIPT_TIMEOUT_MS }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}
