import { spawnSync } from 'node:child_process';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
};

/**
 * A production build first runs the content check (`npm run check`), so a
 * content mistake stops the build with every located message, not with a
 * prerender stack trace. It runs as its own process because Next loads this
 * file without resolving TypeScript imports.
 */
export default function nextConfig(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD && process.env.SKIP_CONTENT_CHECK !== '1') {
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], { stdio: 'inherit' });
    if (check.status !== 0) {
      console.error('\nThe build stopped: fix the content problems above (npm run check lists them).\n');
      process.exit(1);
    }
    process.env.SKIP_CONTENT_CHECK = '1';
  }
  return config;
}
