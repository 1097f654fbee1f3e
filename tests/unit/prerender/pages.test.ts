/** Which pages the build prerenders, checked against the real knowledge base. */
import { describe, expect, test } from 'vitest';
import data from '../../../app/generated/knowledge.json';
import portRanges from '../../../app/data/port-ranges.json';
import ephemeralRanges from '../../../app/data/ephemeral-ranges.json';
import type { KnowledgeData } from '../../../app/core/ports/knowledge-data.ts';
import {
  languagePages,
  MAX_SPAN_PORTS,
  pageCountByKind,
  prerenderPages,
} from '../../../app/prerender/pages.ts';
import { resolveUrl } from '../../../app/routes.ts';
import { createKnowledge } from '../../helpers/knowledge.ts';

const knowledgeData = data as unknown as KnowledgeData;
const { knowledge } = createKnowledge();
const build = () =>
  prerenderPages(knowledge, knowledgeData, portRanges.entries, ephemeralRanges.entries);
const pages = build();
const byPath = new Map(pages.map((p) => [p.path, p]));
const portPage = (port: number) => byPath.get(`/port/${port}`);

describe('port pages', () => {
  test.each([
    [443, /IANA assignment \(https\)/],
    [22, /IANA assignment \(ssh\)/],
    [5432, /IANA assignment \(postgresql\)/],
    [3000, /IANA assignment \(hbci\).*curated: .*display name/],
    [6443, /IANA assignment \(sun-sr-https\).*curated: .*display name/],
  ])('%i has a page: %s', (port, why) => {
    const page = portPage(port);
    expect(page).toMatchObject({ kind: 'port', file: `port/${port}.html` });
    expect(page?.why).toMatch(why);
  });

  test('a port known only from curated data has a page that says so', () => {
    // 6000 (X11) has no IANA record of its own: X11 is a 64-port IANA range, too wide to count.
    expect(knowledge.ianaOf(6000)).toEqual([]);
    expect(portPage(6000)?.why).toBe('curated: service');
    expect(portPage(6000)?.why).not.toMatch(/IANA/);
  });

  test('a narrow IANA range assignment gives each of its ports a page', () => {
    // flex-lm 27000–27009: no per-port IANA record, ten ports wide.
    expect(knowledge.ianaOf(27005)).toEqual([]);
    expect(portPage(27005)?.why).toMatch(/IANA range assignment \(flex-lm 27000–27009\)/);
  });

  test('a narrow curated span gives each of its ports a page', () => {
    for (let p = 6881; p <= 6889; p++)
      expect(portPage(p)?.why, String(p)).toMatch(/unofficial use 6881–6889/);
  });

  test('a port with no IANA record and no curated data has no page', () => {
    for (const port of [60905, 65535]) {
      expect(knowledge.ianaOf(port), String(port)).toEqual([]);
      expect(curated(port), String(port)).toBe(false);
      expect(portPage(port), String(port)).toBeUndefined();
    }
  });

  test('a rumoured unofficial use is curated data: 60904 has a page', () => {
    expect(knowledge.ianaOf(60904)).toEqual([]);
    expect(portPage(60904)?.why).toBe('curated: unofficial use');
  });

  test('a port IANA lists only as reserved has no page', () => {
    for (const port of [1023, 1024]) {
      const iana = knowledge.ianaOf(port);
      expect(iana.length, String(port)).toBeGreaterThan(0);
      expect(iana.every((a) => a.names.length === 0 && /^Reserved$/.test(a.description))).toBe(
        true,
      );
      expect(portPage(port), String(port)).toBeUndefined();
    }
  });

  test('port 0 is reserved by IANA but curated, so it has a page for the curated reason only', () => {
    expect(portPage(0)?.why).toBe('curated: service');
  });

  test('no IANA placeholder row (no service name) is a reason for a page', () => {
    const { port, name } = knowledge.iana;
    expect(name.filter((n) => !n).length).toBeGreaterThan(500);
    // Every port whose records all lack a name and that has no curated data has no page.
    const named = new Set<number>();
    for (let i = 0; i < port.length; i++) if (name[i]) named.add(port[i] ?? 0);
    const reservedOnly = [...new Set(port)].filter((p) => !named.has(p) && !curated(p));
    expect(reservedOnly.length).toBeGreaterThan(10);
    for (const p of reservedOnly) expect(portPage(p), String(p)).toBeUndefined();
  });

  test('a wide span gives no page to each of its ports', () => {
    const wide = knowledgeData.unofficial.filter(([from, to]) => to - from + 1 > MAX_SPAN_PORTS);
    expect(wide.map(([from, to]) => `${from}-${to}`)).toContain('10000-20000');
    for (const [from, to] of wide) {
      let withPage = 0;
      for (let p = from; p <= to; p++) {
        const page = portPage(p);
        if (!page) continue;
        withPage++;
        expect(page.why, page.path).not.toMatch(new RegExp(`${from}–${to}`));
      }
      // Only the ports named on their own get a page.
      if (to - from > 1000) expect(withPage).toBeLessThan((to - from + 1) / 2);
    }
    // Ports that only a wide span covers: Asterisk RTP, Kubernetes NodePorts, Steam.
    for (const port of [10012, 30005, 27050]) {
      expect(knowledge.ianaOf(port), String(port)).toEqual([]);
      expect(portPage(port), String(port)).toBeUndefined();
    }
  });

  test('port pages are in the thousands, ascending, after the other pages', () => {
    const counts = pageCountByKind(pages);
    expect(counts.port).toBeGreaterThan(5000);
    expect(counts.port).toBeLessThan(10000);
    expect(pages.slice(0, 2).map((p) => p.kind)).toEqual(['home', 'doctor']);
    const kinds = pages.map((p) => p.kind);
    expect(kinds.lastIndexOf('range')).toBeLessThan(kinds.indexOf('port'));
    const ports = pages.filter((p) => p.kind === 'port').map((p) => Number(p.path.slice(6)));
    expect(ports).toEqual([...ports].sort((a, b) => a - b));
  });
});

describe('other pages', () => {
  test('home and doctor come first', () => {
    expect(pages[0]).toEqual({
      path: '/',
      file: 'index.html',
      kind: 'home',
      why: expect.any(String),
    });
    expect(pages[1]).toMatchObject({ path: '/doctor', file: 'doctor.html', kind: 'doctor' });
  });

  test('one range page per distinct range, IANA and ephemeral merged, sorted by from then to', () => {
    const ranges = pages.filter((p) => p.kind === 'range');
    expect(ranges.map((p) => p.path)).toEqual([
      '/range/0-1023',
      '/range/1024-49151',
      '/range/10000-65535',
      '/range/32768-60999',
      '/range/32768-65535',
      '/range/49152-65535',
    ]);
    expect(byPath.get('/range/0-1023')).toMatchObject({
      file: 'range/0-1023.html',
      why: 'IANA range: System (well-known) ports',
    });
    expect(byPath.get('/range/32768-60999')?.why).toBe('ephemeral range of Linux, Android');
    expect(byPath.get('/range/1024-49151')?.why).toBe(
      'IANA range: User (registered) ports; ephemeral range of OpenBSD',
    );
    expect(byPath.get('/range/49152-65535')?.why).toMatch(
      /^IANA range: Dynamic .*; ephemeral range of Windows, macOS and iOS$/,
    );
  });

  test('pageCountByKind counts every kind', () => {
    const counts = pageCountByKind(pages);
    expect(counts).toMatchObject({ home: 1, doctor: 1, range: 6 });
    expect(counts.home + counts.doctor + counts.range + counts.port).toBe(pages.length);
    expect(pageCountByKind([])).toEqual({ home: 0, doctor: 0, range: 0, port: 0 });
  });

  test('a range that is not a port range is refused', () => {
    const bad = [{ os: 'x', label: 'X', from: 70000, to: 70001 }];
    expect(() => prerenderPages(knowledge, knowledgeData, [], bad)).toThrow(/Not a port range/);
  });
});

describe('the list as a whole', () => {
  test('paths and files are unique, and every page has a reason', () => {
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => p.file)).size).toBe(pages.length);
    for (const p of pages) expect(p.why, p.path).not.toBe('');
  });

  test('every file is the path plus .html (index.html for home), never outside dist', () => {
    for (const p of pages) {
      expect(p.file).toBe(p.path === '/' ? 'index.html' : `${p.path.slice(1)}.html`);
      expect(p.file).not.toMatch(/^\/|\.\./);
    }
  });

  test('every path is a route of the app, not a redirect or a not-found page', () => {
    for (const p of pages) {
      const resolved = resolveUrl(p.path);
      expect(resolved.kind, p.path).toBe('route');
      if (resolved.kind !== 'route') continue;
      expect(resolved.route.name, p.path).toBe(p.kind);
    }
  });

  test('the same input gives the same list', () => {
    expect(build()).toEqual(pages);
    expect(JSON.stringify(build())).toBe(JSON.stringify(pages));
  });
});

/** Whether curated data (of any width) names a port exactly: a service, display name or entry. */
function curated(port: number): boolean {
  const d = knowledgeData;
  return (
    d.services.some(([p]) => p === port) ||
    d.display.some(([p]) => p === port) ||
    d.security.some(([p, e]) => p <= port && port <= e) ||
    d.unofficial.some(([p, e]) => p <= port && port <= e)
  );
}

describe('the pages each other language gets', () => {
  const chosen = languagePages(pages);
  const kinds = pageCountByKind(chosen);

  test('home, the doctor and every range page', () => {
    const all = pageCountByKind(pages);
    expect(kinds).toMatchObject({ home: 1, doctor: 1, range: all.range });
  });

  test('ports with a curated service or display name, and no others', () => {
    for (const port of [22, 443, 3000, 5432, 6443]) expect(chosen).toContainEqual(portPage(port));
    // IANA's name only (no curated service or display name): built in the browser.
    const ianaOnly = pages.find((p) => p.kind === 'port' && !p.why.includes('curated'));
    expect(ianaOnly).toBeDefined();
    expect(chosen).not.toContainEqual(ianaOnly);
    for (const p of chosen.filter((c) => c.kind === 'port'))
      expect(p.why).toMatch(/curated: [^;]*\b(service|display name)\b/);
  });

  test('few enough that seven languages stay far under a host limit of 20,000 files', () => {
    expect(pages.length + 6 * chosen.length).toBeLessThan(15_000);
    expect(kinds.port).toBeGreaterThan(50);
  });
});
