import { describe, expect, test } from 'vitest';
import { portPath, rangePath, resolveUrl, searchPath, titleOf } from '../../../app/routes.ts';

describe('resolveUrl: good addresses', () => {
  test.each([
    ['/', '', { name: 'home' }],
    ['/index.html', '', { name: 'home' }],
    ['/history', '', { name: 'history' }],
    ['/port/0', '', { name: 'port', port: 0 }],
    ['/port/443', '', { name: 'port', port: 443 }],
    ['/port/65535', '', { name: 'port', port: 65535 }],
    ['/port/53', '?proto=udp', { name: 'port', port: 53, proto: 'udp' }],
    ['/port/53', '?proto=UDP', { name: 'port', port: 53, proto: 'udp' }],
    ['/port/53', '?proto=icmp', { name: 'port', port: 53 }],
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
    ['/nope', 'unknown-path', /no page at this address/],
    ['/range/abc', 'bad-range', /two ports joined by a hyphen/],
    ['/range/1-70000', 'bad-range', /Both ends of a range must be ports/],
  ])('%s', (path, reason, message) => {
    const r = resolveUrl(path);
    expect(r.kind).toBe('route');
    if (r.kind !== 'route' || r.route.name !== 'not-found')
      throw new Error(`expected not-found, got ${JSON.stringify(r)}`);
    expect(r.route.reason).toBe(reason);
    expect(r.route.message).toMatch(message);
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
  test('rangePath and searchPath', () => {
    expect(rangePath(1, 1023)).toBe('/range/1-1023');
    expect(searchPath('remote desktop')).toBe('/search?q=remote+desktop');
    expect(searchPath('')).toBe('/search');
  });
  test.each([
    [{ name: 'port', port: 60904 } as const, 'Port 60904'],
    [{ name: 'range', from: 1, to: 2 } as const, 'Ports 1–2'],
    [{ name: 'not-found', reason: 'bad-port', message: '' } as const, 'Not a valid port'],
    [{ name: 'not-found', reason: 'unknown-path', message: '' } as const, 'Page not found'],
  ])('titleOf %o', (route, title) => expect(titleOf(route)).toBe(title));
});
