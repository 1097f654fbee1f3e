import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../../../scripts/lib/security-headers.js';

const root = join(import.meta.dirname, '../../../..');

/** A policy as directive → its sources, in order. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/);
        return [name, sources.join(' ')];
      }),
  );
}

describe('the security headers', () => {
  test('the CSP header is the meta policy of index.html plus frame-ancestors, styles left to the meta', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header.get('frame-ancestors')).toBe("'none'");
    expect(header.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives(meta).has('style-src')).toBe(false);
    header.delete('frame-ancestors');
    header.delete('style-src');
    expect(header).toEqual(directives(meta));
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  test('nosniff, no referrer, and only the clipboard write among powerful features', () => {
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    const allowed = SECURITY_HEADERS['Permissions-Policy']
      .split(', ')
      .filter((feature) => !feature.endsWith('=()'));
    expect(allowed).toEqual(['clipboard-write=(self)']);
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/\bcamera=\(\)/);
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/\bgeolocation=\(\)/);
  });

  test("the README's deploy examples send exactly these headers, for each host", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const deploy = readme.slice(readme.indexOf('## Deploy'), readme.indexOf('## Tests'));
    const blocks = [...deploy.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({
      lang,
      body: body ?? '',
    }));
    expect(blocks.map((block) => block.lang)).toEqual(['text', 'json', 'nginx', 'apache']);
    for (const { lang, body } of blocks) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(body, `${name} in the ${lang ?? ''} example`).toContain(name);
        expect(body, `${name} in the ${lang ?? ''} example`).toContain(value);
      }
    }
    for (const host of ['Netlify', 'Cloudflare Pages', 'Vercel', 'nginx', 'Apache']) {
      expect(deploy).toContain(host);
    }
  });
});
