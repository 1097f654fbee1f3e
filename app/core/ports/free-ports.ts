/**
 * Picks ports to use instead of one that is taken: nearby, not assigned to a common service, not
 * blocked by browsers, outside the default ephemeral ranges and not AirPlay's.
 */
import { m } from '../../generated/paraglide/messages.js';
import { ephemeralRanges } from './ephemeral.ts';
import type { Knowledge } from './knowledge.ts';
import { assertPort } from './range-class.ts';

/** AirPlay Receiver on macOS 12 and later listens on 5000 and 7000 (TCP). */
export const AIRPLAY_RECEIVER_PORTS: readonly number[] = [5000, 7000];

/**
 * Systems whose default ephemeral range a suggestion stays out of. OpenBSD is left out on
 * purpose: its default range, 1024–49151, covers every unprivileged port below 49152, so no
 * suggestion could avoid it (OpenBSD picks outgoing ports at random and skips ones in use).
 */
export const FREE_PORT_SYSTEMS: readonly string[] = [
  'linux',
  'windows',
  'macos',
  'freebsd',
  'solaris',
  'android',
];

/** The catalogue commands that list the ranges Windows reserved (Hyper-V, WSL, Docker). */
export const EXCLUDED_RANGE_COMMAND_IDS: readonly string[] = [
  'windows-cmd-netsh-excludedportrange',
];

/** Ports suggested in place of one in use, and what they cannot promise. */
export interface FreePortSuggestion {
  /** The port that is taken. */
  port: number;
  /** Nearby ports, nearest first (lower first on a tie). */
  ports: number[];
  /** The OS ids whose default ephemeral ranges every suggestion avoids. */
  ephemeralAvoided: readonly string[];
  /** Catalogue ids of the commands that show whether Windows reserved a suggestion anyway. */
  checkCommandIds: readonly string[];
  /** Why a port may still fail on Windows, in the page's language. */
  note: string;
}

/** The note every suggestion carries, in the page's language. */
export function freePortNote(): string {
  return m.cmp_free_note();
}

/** The lowest port suggested: lower ones need root (or a capability) on Unix systems. */
const LOWEST = 1024;

/** Why a port is not suggested, or null when it may be. */
export function whyNotSuggested(port: number, knowledge: Knowledge): string | null {
  if (port < LOWEST) return 'privileged';
  if (AIRPLAY_RECEIVER_PORTS.includes(port)) return 'airplay';
  if (knowledge.blocked.has(port)) return 'browser-blocked';
  for (const range of ephemeralRanges) {
    if (FREE_PORT_SYSTEMS.includes(range.os) && port >= range.from && port <= range.to) {
      return `ephemeral-${range.os}`;
    }
  }
  // Any IANA record counts, named or reserved; so do curated names and uses that are more than
  // rumours, exact or as a span (namedPorts holds the exact ones).
  if (knowledge.ianaOf(port).length > 0) return 'iana';
  if (knowledge.namedPortsIn(port, port).length > 0) return 'named';
  if (knowledge.ranges.some((r) => port >= r.from && port <= r.to)) return 'iana-range';
  const span = (e: { port: number; portEnd?: number }) =>
    port >= e.port && port <= (e.portEnd ?? e.port);
  if (knowledge.unofficial.some((u) => u.confidence !== 'rumoured' && span(u))) return 'known-use';
  if (knowledge.services.some(span) || knowledge.security.some(span)) return 'curated';
  return null;
}

/**
 * Up to `count` ports near `port` that may be used instead: searched outwards from the port, one
 * step below and one above at a time, within 1024–65535. Throws InvalidPortError for a bad port.
 */
export function suggestFreePorts(
  port: number,
  knowledge: Knowledge,
  count = 3,
): FreePortSuggestion {
  assertPort(port);
  const ports: number[] = [];
  for (
    let step = 1;
    ports.length < count && (port - step >= LOWEST || port + step <= 65535);
    step++
  ) {
    for (const candidate of [port - step, port + step]) {
      if (ports.length >= count || candidate < LOWEST || candidate > 65535) continue;
      if (whyNotSuggested(candidate, knowledge) === null) ports.push(candidate);
    }
  }
  return {
    port,
    ports,
    ephemeralAvoided: FREE_PORT_SYSTEMS,
    checkCommandIds: EXCLUDED_RANGE_COMMAND_IDS,
    note: freePortNote(),
  };
}
