import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  canonicalPath,
  doctorPath,
  portPath,
  rangePath,
  resolveUrl,
  searchPath,
  titleOf,
} from '../../app/routes.ts';
import type { Route } from '../../app/routes.ts';
import { problemText } from '../../app/views/problem-text.ts';

describe('resolveUrl: good addresses', () => {
  test.each([
    ['/', '', { name: 'home' }],
    ['/index.html', '', { name: 'home' }],
    ['/history', '', { name: 'history' }],
    ['/doctor', '', { name: 'doctor' }],
    ['/doctor/', '', { name: 'doctor' }],
    ['/doctor', '?os=windows', { name: 'doctor' }],
    ['/doctor', '?os=macOS', { name: 'doctor' }],
    ['/port/0', '', { name: 'port', port: 0 }],
    ['/port/443', '', { name: 'port', port: 443 }],
    ['/port/65535', '', { name: 'port', port: 65535 }],
    ['/port/53', '?proto=udp', { name: 'port', port: 53, proto: 'udp' }],
    ['/port/53', '?proto=UDP', { name: 'port', port: 53, proto: 'udp' }],
    ['/port/53', '?os=macOS&proto=tcp', { name: 'port', port: 53, proto: 'tcp' }],
    ['/range/0-1023', '?page=2', { name: 'range', from: 0, to: 1023 }],
    ['/range/49152-65535', '', { name: 'range', from: 49152, to: 65535 }],
    ['/range/80-80', '', { name: 'range', from: 80, to: 80 }],
    ['/search', '?q=postgres', { name: 'search', q: 'postgres' }],
    ['/search', '', { name: 'search', q: '' }],
  ])('%s%s', (path, search, route) => {
    expect(resolveUrl(path, search)).toEqual({ kind: 'route', route });
  });
});

describe('resolveUrl: bad addresses get a message, never a crash', () => {
  test.each([
    ['/port/abc', 'bad-port', /“abc” is not a port number\. Ports go from 0 to 65535\./],
    ['/port/-1', 'bad-port', /“-1” is not a port number/],
    ['/port/65536', 'bad-port', /65536 is too large\. Ports go from 0 to 65535\./],
    ['/port/99999999999999999999', 'bad-port', /That number is too large/],
    ['/port/1e3', 'bad-port', /“1e3” is not a port number/],
    ['/port/', 'bad-port', /No port number given/],
    ['/port', 'bad-port', /No port number given/],
    ['/port/%E0%A4%A', 'bad-port', /is not a port number/],
    ['/port/80/extra', 'unknown-path', /no page at this address/],
    ['/doctor/3000', 'unknown-path', /no page at this address/],
    ['/nope', 'unknown-path', /no page at this address/],
    ['/range/abc', 'bad-range', /two ports joined by a hyphen/],
    ['/range/1-70000', 'bad-range', /Both ends of a range must be ports/],
  ])('%s', (path, reason, message) => {
    const r = resolveUrl(path);
    expect(r.kind).toBe('route');
    if (r.kind !== 'route' || r.route.name !== 'not-found')
      throw new Error(`expected not-found, got ${JSON.stringify(r)}`);
    expect(r.route.reason).toBe(reason);
    expect(problemText(r.route.problem)).toMatch(message);
  });
});

describe('resolveUrl: non-canonical addresses redirect', () => {
  test.each([
    ['/port/0080', '', '/port/80'],
    ['/port/00', '', '/port/0'],
    ['/port/0443', '?proto=tcp', '/port/443?proto=tcp'],
    ['/port/80/', '', '/port/80'],
    ['/range/65535-49152', '', '/range/49152-65535'],
    ['/range/01-02', '', '/range/1-2'],
    // A shared link never carries a value the page ignores: unknown ones go, known ones stay.
    ['/port/53', '?proto=icmp', '/port/53'],
    ['/port/53', '?proto=', '/port/53'],
    ['/port/53', '?os=beos', '/port/53'],
    ['/port/53', '?os=', '/port/53'],
    ['/port/53', '?os=beos&proto=udp', '/port/53?proto=udp'],
    ['/port/53', '?proto=x&os=linux', '/port/53?os=linux'],
    ['/port/053', '?proto=x&os=windows', '/port/53?os=windows'],
    ['/doctor', '?os=beos', '/doctor'],
    ['/doctor', '?os=', '/doctor'],
    ['/range/0-1023', '?page=1', '/range/0-1023'],
    ['/range/0-1023', '?page=abc', '/range/0-1023'],
    ['/range/0-1023', '?page=0', '/range/0-1023'],
    ['/range/0-1023', '?page=-2', '/range/0-1023'],
  ])('%s%s → %s', (path, search, to) => {
    expect(resolveUrl(path, search)).toEqual({ kind: 'redirect', to });
  });
});

describe('path builders and titles', () => {
  test('portPath keeps parameters in a stable order', () => {
    expect(portPath(80)).toBe('/port/80');
    expect(portPath(53, 'udp')).toBe('/port/53?proto=udp');
    expect(portPath(53, 'udp', { os: 'linux' })).toBe('/port/53?proto=udp&os=linux');
    expect(portPath(53, undefined, { os: undefined })).toBe('/port/53');
  });
  test('doctorPath carries only the platform', () => {
    expect(doctorPath()).toBe('/doctor');
    expect(doctorPath('linux')).toBe('/doctor?os=linux');
    expect(resolveUrl('/doctor', '?os=linux')).toEqual({
      kind: 'route',
      route: { name: 'doctor' },
    });
  });
  test('rangePath and searchPath', () => {
    expect(rangePath(1, 1023)).toBe('/range/1-1023');
    expect(searchPath('remote desktop')).toBe('/search?q=remote+desktop');
    expect(searchPath('')).toBe('/search');
  });
  test.each([
    [{ name: 'port', port: 60904 } as const, 'Port 60904 · Portwise'],
    [{ name: 'range', from: 1, to: 2 } as const, 'Ports 1–2 · Portwise'],
    [
      { name: 'not-found', reason: 'bad-port', problem: { kind: 'no-page' } } as const,
      'Not a valid port · Portwise',
    ],
    [
      { name: 'not-found', reason: 'unknown-path', problem: { kind: 'no-page' } } as const,
      'Page not found · Portwise',
    ],
  ])('titleOf %o', (route, title) => expect(titleOf(route)).toBe(title));
});

describe('titles: one per route, naming Portwise once', () => {
  const routes: [Route, string, string][] = [
    [{ name: 'home' }, '', 'Portwise — what is this port, and what is using it?'],
    [{ name: 'port', port: 5432 }, 'PostgreSQL', 'Port 5432 (PostgreSQL) · Portwise'],
    [{ name: 'port', port: 53, proto: 'udp' }, '', 'Port 53 · Portwise'],
    [
      { name: 'port', port: 3000 },
      'development servers (Node, Rails, Grafana)',
      'Port 3000 — development servers (Node, Rails, Grafana) · Portwise',
    ],
    [{ name: 'range', from: 49152, to: 65535 }, '', 'Ports 49152–65535 · Portwise'],
    [{ name: 'search', q: 'ssh' }, '', 'Search: ssh · Portwise'],
    [{ name: 'search', q: '' }, '', 'Search ports · Portwise'],
    [{ name: 'history' }, '', 'History · Portwise'],
    [{ name: 'doctor' }, '', 'Port doctor · Portwise'],
    [
      { name: 'not-found', reason: 'unknown-path', problem: { kind: 'no-page' } as const },
      '',
      'Page not found · Portwise',
    ],
    [
      { name: 'not-found', reason: 'bad-port', problem: { kind: 'no-page' } as const },
      '',
      'Not a valid port · Portwise',
    ],
    [
      { name: 'not-found', reason: 'bad-range', problem: { kind: 'no-page' } as const },
      '',
      'Not a valid range · Portwise',
    ],
  ];
  test.each(routes)('%o %s', (route, name, title) => {
    expect(titleOf(route, name)).toBe(title);
    expect(title.match(/Portwise/g)).toHaveLength(1);
  });
  test('every kind of route is covered', () => {
    expect(new Set(routes.map(([r]) => r.name)).size).toBe(7);
  });
  test("home's title is index.html's, which the first paint shows before the app sets any", () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    expect(/<title>(.*)<\/title>/.exec(html)?.[1]).toBe(titleOf({ name: 'home' }));
  });
});

describe('canonicalPath: the one URL a page is known by (<link rel="canonical">, og:url)', () => {
  const pageAt = (path: string, search = ''): Route => {
    const r = resolveUrl(path, search);
    if (r.kind !== 'route') throw new Error(`${path} redirects`);
    return r.route;
  };

  test.each([
    ['/', '', '/'],
    ['/port/443', '', '/port/443'],
    // Choices show the same page: one canonical URL for all of them.
    ['/port/443', '?proto=udp&os=windows', '/port/443'],
    ['/range/49152-65535', '', '/range/49152-65535'],
    ['/doctor', '?os=macos', '/doctor'],
  ])('%s%s → %s', (path, search, canonical) => {
    expect(canonicalPath(pageAt(path, search))).toBe(canonical);
  });

  test('search, history and error pages have none: they are not for indexing', () => {
    for (const [path, search] of [
      ['/search', '?q=ssh'],
      ['/history', ''],
      ['/port/99999', ''],
    ])
      expect(canonicalPath(pageAt(path ?? '', search))).toBeUndefined();
  });
});
