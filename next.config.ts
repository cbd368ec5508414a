import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { securityHeaders } from './lib/security-headers';

/** NEXT_OUTPUT=export writes a self-contained static site to out/ (`npm run export`). */
const exporting = process.env.NEXT_OUTPUT === 'export';

function config(phase: string): NextConfig {
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    serverExternalPackages: ['mdx-bundler', 'esbuild'],
    // Types are checked by `npm run typecheck` (the first step of `npm test`), not again by every build.
    typescript: { ignoreBuildErrors: true },
    experimental: {
      // A worker per core for prerendering (Next keeps one core back by default, yet the
      // main process only waits meanwhile): a 1,000-incident build on 2 cores needs both.
      cpus: availableParallelism(),
    },
    // `route.dev.ts` files are routes of the dev server only (the content-change stream).
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
    ...(exporting
      ? { output: 'export' }
      : {
          async headers() {
            return [{ source: '/:path*', headers: securityHeaders({ development: phase === PHASE_DEVELOPMENT_SERVER }) }];
          },
        }),
  };
}

/**
 * A production build first checks all content (as `npm run check` does), so a
 * content mistake stops the build with every located message, not with a
 * prerender stack trace; then it writes the event share pages. This runs as
 * its own process because Next loads this file without resolving the
 * project's async TypeScript modules. The dev server writes the share pages
 * too, but a content problem there is shown in the browser instead.
 */
export default function nextConfig(phase: string): NextConfig {
  const building = phase === PHASE_PRODUCTION_BUILD;
  // One moment for the whole build (lib/time/build-time.ts): the content check and every prerendering worker inherit it.
  if (building) process.env.BUILD_TIME ||= new Date().toISOString();
  if ((building || phase === PHASE_DEVELOPMENT_SERVER) && process.env.BUILD_PREPARED !== '1') {
    const prepare = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-build.ts'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: building ? 'production' : 'development' },
    });
    if (prepare.status !== 0 && building) {
      console.error('\nThe build stopped: fix the content problems above (npm run check lists them).\n');
      process.exit(1);
    }
    process.env.BUILD_PREPARED = '1';
  }
  return config(phase);
}
