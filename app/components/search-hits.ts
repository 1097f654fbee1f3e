import type { SearchHit } from '../core/ports/search.ts';
import { portPath, rangePath } from '../routes.ts';

/** The URL a search result opens. */
export function hitHref(hit: SearchHit): string {
  return hit.kind === 'range' ? rangePath(hit.from, hit.to) : portPath(hit.port, hit.protocol);
}

/** A stable key for a result in keyed lists. */
export function hitKey(hit: SearchHit): string {
  return hit.kind === 'range' ? `r${hit.from}-${hit.to}` : `p${hit.port}${hit.protocol ?? ''}`;
}

/** The label of a result: "443 · HTTPS" or "Ports 8000–8100". */
export function hitLabel(hit: SearchHit): string {
  if (hit.kind === 'range') return hit.title;
  const proto = hit.protocol ? `/${hit.protocol}` : '';
  return hit.name ? `${hit.port}${proto} · ${hit.name}` : `${hit.port}${proto}`;
}

/** The port a query names when it is only a number from 0 to 65535 (what search offers before the
 * query reader has loaded), else undefined. */
export function plainPort(query: string): number | undefined {
  const digits = /^\s*(\d{1,5})\s*$/.exec(query)?.[1];
  return digits !== undefined && Number(digits) <= 65535 ? Number(digits) : undefined;
}
