import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium-launch';
import { lighthouseFigures, type LighthouseFigures } from './lighthouse-figures';
import { listening } from './listening';

export type Chromium = { port: number; version: string; close(): Promise<void> };

/** The system Chromium with a remote debugging port, for Lighthouse to drive; its profile is a fresh temporary folder. */
export async function startChromium(port: number): Promise<Chromium> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  const browser = spawn(
    CHROMIUM_LAUNCH_OPTIONS.executablePath,
    [...CHROMIUM_LAUNCH_OPTIONS.args, `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore', detached: true },
  );
  const exited = new Promise<void>((resolve) => browser.once('exit', () => resolve()));
  const close = async () => {
    if (browser.pid && browser.exitCode === null && browser.signalCode === null) {
      process.kill(-browser.pid, 'SIGTERM');
      // Its profile is removed once it has exited: a busy machine can take seconds, and Chromium writes to it until then.
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  };
  try {
    const endpoint = `http://127.0.0.1:${port}/json/version`;
    await listening(endpoint);
    const { Browser } = (await (await fetch(endpoint)).json()) as { Browser: string };
    return { port, version: Browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** One Lighthouse run with its defaults (mobile, simulated throttling), performance category only. */
export async function runLighthouse(
  url: string,
  chromium: Chromium,
): Promise<{ figures: LighthouseFigures; lighthouseVersion: string; benchmarkIndex: number; warnings: string[] }> {
  const result = await lighthouse(url, { port: chromium.port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse on ${url} returned nothing`);
  const { lhr } = result;
  return { figures: lighthouseFigures(lhr), lighthouseVersion: lhr.lighthouseVersion, benchmarkIndex: lhr.environment.benchmarkIndex, warnings: lhr.runWarnings };
}
