/**
 * npm run bench:load: serving figures on loopback. Builds the site, drives
 * `next start` on an incident page, then exports the site and drives the
 * export through nginx (scripts/nginx/serve-export.sh) the same way: 50 connections for 20 s each, with autocannon.
 * Writes req/s, p99 latency and errors to BENCHMARKS.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { writeBenchmarksSection } from './benchmarks-file';
import { listening } from './listening';

const root = process.cwd();
const PAGE = '/incidents/2024-12-11-openai-api-chatgpt-sora-outage';
const CONNECTIONS = 50;
const DURATION_S = 20;

function npm(script: string) {
  const result = spawnSync('npm', ['run', '-s', script], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

function stop(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

async function drive(name: string, command: string[], port: number) {
  const server = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    detached: true,
    stdio: 'ignore',
  });
  try {
    const url = `http://127.0.0.1:${port}${PAGE}`;
    await listening(url);
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
    const non2xx = result.non2xx;
    console.log(`${name}: ${result.requests.average} req/s, p99 ${result.latency.p99} ms, ${result.errors} errors, ${non2xx} non-2xx`);
    return { name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx, total: result.requests.total };
  } finally {
    stop(server);
  }
}

npm('build');
const nextStart = await drive('next start (npm run serve)', ['npx', 'next', 'start', '-H', '127.0.0.1'], 3310);
npm('export');
const exported = await drive('static export through nginx (npm run serve:export)', ['bash', 'scripts/nginx/serve-export.sh', 'out'], 3311);

const rows = [nextStart, exported];
const section = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:load\`: ${CONNECTIONS} connections for ${DURATION_S} s on
\`${PAGE}\`, over loopback, load generator on the same 2-core machine.

| server | requests/s | p99 latency | requests | errors | non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => `| ${row.name} | ${Math.round(row.rps)} | ${row.p99} ms | ${row.total} | ${row.errors} | ${row.non2xx} |`).join('\n')}`;

writeBenchmarksSection('load', 'Serving', section);
if (rows.some((row) => row.errors > 0 || row.non2xx > 0)) {
  console.error('errors or non-2xx responses under load');
  process.exitCode = 1;
}
