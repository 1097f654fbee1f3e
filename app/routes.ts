/**
 * Path ⇄ route value: the app's URLs are part of its contract. Paths are read without their
 * language prefix (the router takes it off), and the paths built here carry the page's language
 * (`/de/port/22` on a German page; English paths have none).
 */
import { parsePlatformId } from './core/platform/platform-ids.ts';
import type { PlatformId } from './core/platform/platform-ids.ts';

import type { Protocol } from './core/protocol.ts';
import { here } from './i18n/current.ts';
import { m } from './generated/paraglide/messages.js';

/** Protocol choice carried in ?proto=, one of core's protocols. */
export type { Protocol };

/** A page of the app, as read from a URL. */
export type Route =
  | { name: 'home' }
  | { name: 'port'; port: number; proto?: Protocol }
  | { name: 'range'; from: number; to: number }
  | { name: 'search'; q: string }
  | { name: 'history' }
  | { name: 'doctor' }
  | { name: 'not-found'; reason: 'unknown-path' | 'bad-port' | 'bad-range'; problem: Problem };

/**
 * What is wrong with an address or a typed port, as a code: the words are in
 * views/problem-text.ts, which only the pages that show them load (not the first paint).
 */
export type Problem =
  | { kind: 'port-not-number'; text: string }
  | { kind: 'port-missing' }
  | { kind: 'port-too-large'; number: string }
  | { kind: 'port-too-large-long' }
  | { kind: 'no-page' }
  | { kind: 'range-shape' }
  | { kind: 'range-ends' };

/** What reading a URL gives: a route to show, or a canonical URL to replace it with. */
export type Resolution = { kind: 'route'; route: Route } | { kind: 'redirect'; to: string };

/** Reads a path segment as a port: canonical digits, digits with leading zeros, or what is wrong. */
export function readPortSegment(
  segment: string,
): { port: number; canonical: boolean } | { problem: Problem } {
  let text: string;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return { problem: { kind: 'port-not-number', text: segment } };
  }
  if (text === '') return { problem: { kind: 'port-missing' } };
  if (!/^\d+$/.test(text)) return { problem: { kind: 'port-not-number', text: text.slice(0, 40) } };
  const port = Number(text);
  if (port > 65535)
    return {
      problem:
        text.length > 12
          ? { kind: 'port-too-large-long' }
          : { kind: 'port-too-large', number: text },
    };
  return { port, canonical: String(port) === text };
}

function readProto(params: URLSearchParams): Protocol | undefined {
  const proto = params.get('proto')?.toLowerCase();
  return proto === 'tcp' || proto === 'udp' ? proto : undefined;
}

/** Deletes a parameter whose value was not understood. */
function dropUnknown(params: URLSearchParams, key: string, value: unknown): void {
  if (!value) params.delete(key);
}

function withSearch(path: string, params: URLSearchParams): string {
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** Resolves a pathname and query string to a route or a redirect to the canonical URL. */
export function resolveUrl(pathname: string, search = ''): Resolution {
  const params = new URLSearchParams(search);
  const given = params.toString();
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  if (path === '/' || path === '/index.html') return { kind: 'route', route: { name: 'home' } };
  if (path === '/history') return { kind: 'route', route: { name: 'history' } };
  if (path === '/doctor') {
    // The pasted error never goes in the URL (it stays on the device); ?os= picks the commands.
    dropUnknown(params, 'os', parsePlatformId(params.get('os')));
    if (params.toString() !== given) return { kind: 'redirect', to: withSearch(path, params) };
    return { kind: 'route', route: { name: 'doctor' } };
  }
  if (path === '/search')
    return { kind: 'route', route: { name: 'search', q: params.get('q') ?? '' } };
  const portMatch = /^\/port(?:\/([^/]*))?\/?$/.exec(pathname);
  if (portMatch) {
    const segment = portMatch[1] ?? '';
    const read = readPortSegment(segment);
    if ('problem' in read) return notFound('bad-port', read.problem);
    const proto = readProto(params);
    // A shared link never carries a choice the page ignores: unknown ?proto= and ?os= are dropped.
    dropUnknown(params, 'proto', proto);
    dropUnknown(params, 'os', parsePlatformId(params.get('os')));
    if (params.toString() !== given || !read.canonical || pathname !== `/port/${segment}`)
      return { kind: 'redirect', to: withSearch(`/port/${read.port}`, params) };
    return { kind: 'route', route: { name: 'port', port: read.port, ...(proto ? { proto } : {}) } };
  }
  const rangeMatch = /^\/range\/([^/]*)$/.exec(path);
  if (rangeMatch) return resolveRange(rangeMatch[1] ?? '', params, given);
  return notFound('unknown-path', { kind: 'no-page' });
}

function resolveRange(segment: string, params: URLSearchParams, given: string): Resolution {
  const ends = /^(\d+)-(\d+)$/.exec(segment);
  if (!ends) return notFound('bad-range', { kind: 'range-shape' });
  const [a, b] = [readPortSegment(ends[1] ?? ''), readPortSegment(ends[2] ?? '')];
  if ('problem' in a || 'problem' in b) return notFound('bad-range', { kind: 'range-ends' });
  const from = Math.min(a.port, b.port);
  const to = Math.max(a.port, b.port);
  // The first page is the plain address; a page that is not a number means nothing.
  dropUnknown(params, 'page', /^(?!1$)[1-9]\d{0,2}$/.test(params.get('page') ?? ''));
  if (params.toString() !== given || !a.canonical || !b.canonical || a.port > b.port)
    return { kind: 'redirect', to: withSearch(`/range/${from}-${to}`, params) };
  return { kind: 'route', route: { name: 'range', from, to } };
}

function notFound(reason: 'unknown-path' | 'bad-port' | 'bad-range', problem: Problem): Resolution {
  return { kind: 'route', route: { name: 'not-found', reason, problem } };
}

/** URL of a port page, with an optional protocol and extra query parameters kept in a stable order. */
export function portPath(
  port: number,
  proto?: Protocol,
  extra: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams();
  if (proto) params.set('proto', proto);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  return here(withSearch(`/port/${port}`, params));
}

/** URL of a range page. */
export function rangePath(from: number, to: number): string {
  return here(`/range/${from}-${to}`);
}

/** URL of the search page for a query. */
export function searchPath(q: string): string {
  return here(q ? `/search?${new URLSearchParams({ q }).toString()}` : '/search');
}

/** URL of the port doctor, optionally with the platform its commands are for. */
export function doctorPath(os?: PlatformId): string {
  return here(os ? `/doctor?os=${os}` : '/doctor');
}

/**
 * The one URL a page is known by (its `<link rel="canonical">`): choices such as ?proto= and ?os=
 * show the same page. Search, history and error pages have none: they are not for indexing.
 */
export function canonicalPath(route: Route): string | undefined {
  switch (route.name) {
    case 'home':
      return here('/');
    case 'port':
      return portPath(route.port);
    case 'range':
      return rangePath(route.from, route.to);
    case 'doctor':
      return doctorPath();
    default:
      return undefined;
  }
}

/** What a page is about, for its title. */
function pageTitle(route: Exclude<Route, { name: 'home' }>, name: string): string {
  switch (route.name) {
    case 'port':
      // A name with its own parentheses ("development servers (Node, Rails)") is not nested in more.
      if (!name) return m.pg_title_port({ port: route.port });
      return name.includes('(')
        ? m.pg_title_port_named_dash({ port: route.port, name })
        : m.pg_title_port_named({ port: route.port, name });
    case 'range':
      return m.pg_title_range({ from: route.from, to: route.to });
    case 'search':
      return route.q
        ? m.pg_title_search({ query: route.q.slice(0, 60) })
        : m.pg_title_search_empty();
    case 'history':
      return m.pg_title_history();
    case 'doctor':
      return m.pg_title_doctor();
    case 'not-found':
      return route.reason === 'unknown-path'
        ? m.pg_title_not_found()
        : route.reason === 'bad-port'
          ? m.pg_title_bad_port()
          : m.pg_title_bad_range();
  }
}

/** The document title of a route (with the port's name once the data has it): "Portwise" once. */
export function titleOf(route: Route, name = ''): string {
  return route.name === 'home' ? m.home_title() : `${pageTitle(route, name)} · Portwise`;
}
