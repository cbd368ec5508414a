import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security-headers';
import { readmeBlocks } from '../readme-blocks';

const config = readFileSync('scripts/nginx/postmortems.conf', 'utf8');

describe('the nginx config of the static export', () => {
  it('is shown in the README as it is, the file the browser tests run', () => {
    expect(readmeBlocks('nginx')).toContain(config);
  });

  it('sends exactly the security headers next start sends', () => {
    const sent = [...config.matchAll(/^add_header ([\w-]+) "([^"]+)" always;$/gm)].map((match) => ({ key: match[1], value: match[2] }));
    expect(sent).toEqual(securityHeaders());
  });
});
