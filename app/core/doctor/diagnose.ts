/** Reads a pasted error message: which error, which program, which port, address and protocol. */
import type { PlatformId } from '../platform/platform-ids.ts';
import { factByName } from './errno.ts';
import { chooseEndpoint, findEndpoints, findLoneAddresses, findProtocol } from './endpoints.ts';
import type { Endpoint } from './endpoints.ts';
import { AIRPLAY_WORDS, findSource, findToolMessage } from './families.ts';
import { chooseErrno, findErrnoHits } from './find-errno.ts';
import type { ErrnoHit } from './find-errno.ts';
import type {
  Confidence,
  DiagnoseContext,
  Diagnosis,
  DoctorCause,
  DoctorSource,
  ErrnoAnchor,
  ErrnoMatch,
  Evidence,
} from './types.ts';

/**
 * Ports AirPlay Receiver (the ControlCenter process) listens on since macOS 12 Monterey: Apple
 * Developer Forums, https://developer.apple.com/forums/thread/682332 (Werkzeug prints its “On macOS,
 * try disabling the 'AirPlay Receiver' service” hint for the same reason).
 */
export const AIRPLAY_PORTS: readonly number[] = [5000, 7000];

const SOCKET_WORDS = /\b(?:listen|bind|socket)\b/i;
const ANCHOR_RANK: Record<ErrnoAnchor, number> = { name: 3, number: 2, message: 1 };
const KIND = { name: 'errno-name', number: 'errno-number', message: 'errno-message' } as const;

function errnoMatch(hits: readonly ErrnoHit[]): ErrnoMatch | null {
  const first = hits[0];
  if (!first) return null;
  let anchor = first.anchor;
  for (const hit of hits) if (ANCHOR_RANK[hit.anchor] > ANCHOR_RANK[anchor]) anchor = hit.anchor;
  const numbered = hits.find((hit) => hit.number !== null);
  return { name: first.name, number: numbered?.number ?? null, anchor };
}

function impliedPlatforms(hits: readonly ErrnoHit[], airplay: boolean): PlatformId[] {
  const set = new Set<PlatformId>();
  for (const hit of hits) for (const platform of hit.platforms) set.add(platform);
  if (airplay) set.add('macos');
  // A number from the BSD table says macOS or FreeBSD; AirPlay words settle it as macOS.
  if (airplay) set.delete('freebsd');
  return [...set];
}

/** The address of the endpoint, or the nearest address written without a port. */
function addressOf(text: string, endpoint: Endpoint | null, anchor: number | null): string | null {
  if (endpoint?.address) return endpoint.address;
  const near = endpoint?.at ?? anchor;
  let best: { address: string; distance: number } | null = null;
  for (const lone of findLoneAddresses(text)) {
    const distance = near === null ? lone.at : Math.abs(lone.at - near);
    if (best === null || distance < best.distance) best = { address: lone.address, distance };
  }
  return best?.address ?? null;
}

interface Verdict {
  cause: DoctorCause;
  confidence: Confidence;
}

/** Refines the code's cause with the port and the system: EACCES and AirPlay depend on both. */
function refine(
  base: Verdict,
  port: number | null,
  platforms: readonly PlatformId[],
  airplayWords: boolean,
  context: DiagnoseContext,
  evidence: Evidence[],
): Verdict {
  if (base.cause === 'access-denied') {
    if (platforms.includes('windows')) return { cause: 'windows-excluded', confidence: 'high' };
    if (port !== null && port < 1024) return { cause: 'privileged', confidence: 'high' };
    return { cause: 'access-denied', confidence: 'medium' };
  }
  if (base.cause !== 'in-use' || port === null || !AIRPLAY_PORTS.includes(port)) return base;
  if (airplayWords) return { cause: 'airplay', confidence: base.confidence };
  // A macOS errno says “a Mac”, not “AirPlay”: likely since Monterey, but the holder is unseen.
  if (platforms.includes('macos')) return { cause: 'airplay', confidence: 'medium' };
  if (platforms.length === 0 && context.platform === 'macos') {
    evidence.push({ kind: 'platform-hint', text: 'macos', at: 0 });
    return { cause: 'airplay', confidence: 'medium' };
  }
  return base;
}

/**
 * Reads an error message pasted by a user and returns codes only (no sentences; see `adviseFor`).
 * The cause comes from the error code first (its name, its number, or the system's message for
 * it), then from a program's own words; anything else is `unknown`. Never throws, for any string.
 */
export function diagnose(text: string, context: DiagnoseContext = {}): Diagnosis {
  const input = typeof text === 'string' ? text : '';
  const evidence: Evidence[] = [];
  const hits = chooseErrno(findErrnoHits(input));
  for (const hit of hits) evidence.push({ kind: KIND[hit.anchor], text: hit.text, at: hit.at });
  const first = hits[0] ?? null;
  const fact = first ? factByName(first.name) : undefined;
  const tool = fact ? null : findToolMessage(input);
  if (tool) evidence.push({ kind: 'tool-message', text: tool.text, at: tool.at });
  const found = findSource(input);
  if (found) evidence.push({ kind: 'source', text: found.text, at: found.at });

  const anchor = first?.at ?? tool?.at ?? null;
  const endpoint = chooseEndpoint(input, findEndpoints(input), anchor);
  if (endpoint) evidence.push({ kind: 'endpoint', text: endpoint.text, at: endpoint.at });
  const protocol = findProtocol(input, endpoint?.at ?? anchor);
  if (protocol) evidence.push({ kind: 'protocol', text: protocol.protocol, at: protocol.at });

  const airplayMatch = AIRPLAY_WORDS.exec(input);
  if (airplayMatch)
    evidence.push({ kind: 'platform', text: airplayMatch[0], at: airplayMatch.index });
  const platforms = impliedPlatforms(hits, airplayMatch !== null);
  const port = endpoint?.port ?? null;

  // “EACCES: permission denied, open '…'” is a file error: without a port, bind or listen, it
  // says nothing about sockets.
  // Winsock's 10013 and its messages are socket errors by themselves; the name and 13 are not.
  const socketless =
    fact?.name === 'EACCES' &&
    port === null &&
    !SOCKET_WORDS.test(input) &&
    hits.every((hit) => hit.anchor === 'name' || Math.abs(hit.number ?? 0) === 13);
  const base: Verdict = socketless
    ? { cause: 'unknown', confidence: 'low' }
    : fact
      ? { cause: fact.cause, confidence: 'high' }
      : tool
        ? { cause: tool.cause, confidence: tool.confidence }
        : { cause: 'unknown', confidence: 'low' };
  const verdict = refine(base, port, platforms, airplayMatch !== null, context, evidence);
  const windowsOnly = platforms.length === 1 && platforms[0] === 'windows';
  const source: DoctorSource | null = found?.source ?? (windowsOnly && first ? 'windows' : null);

  return {
    cause: verdict.cause,
    source,
    errno: errnoMatch(hits),
    platforms,
    port,
    address: addressOf(input, endpoint, anchor),
    protocol: protocol?.protocol ?? null,
    side: socketless ? null : (fact?.side ?? (tool ? 'bind' : null)),
    confidence: verdict.confidence,
    evidence: evidence.sort((a, b) => a.at - b.at),
  };
}
