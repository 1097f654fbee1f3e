/** Every Linux capture parses into exactly the sockets its scenario had and its command could show. */
import { describe, expect, test } from 'vitest';
import { parseOutput } from '../../../../app/core/output/index.ts';
import type { ParsedOutput, SocketRow, ToolId } from '../../../../app/core/output/index.ts';
import {
  hasSharedFixtures,
  readFixture,
  readFixtureIndex,
  skipReason,
} from '../../../helpers/shared-fixtures.ts';

/** A socket as index.json's scenarios list it (ss notation). */
interface ScenarioSocket {
  proto: 'tcp' | 'udp';
  state: string;
  local_addr: string;
  local_port: number;
  remote_addr: string;
  remote_port: number | '*';
  processes: { name: string; pid: number }[];
}

/** One file entry of index.json (the fields these tests read). */
interface FixtureEntry {
  file: string;
  stderr_file: string | null;
  command: string | null;
  tool: string | null;
  root: boolean | null;
  scenario?: string;
  query_port: number | null;
  stdout_is_tty?: boolean;
}

/** What a command shows: which sockets, and which of their fields. */
interface View {
  includes(socket: ScenarioSocket): boolean;
  showsProcess(pid: number): boolean;
  showsProtocol: boolean;
  showsState: boolean;
  showsRemote: boolean;
  /** fuser and lsof -t name each process once, not each socket. */
  perProcess: boolean;
}

function flagsOf(command: string): string {
  const head = command.split('|')[0] ?? '';
  return head
    .split(' ')
    .filter((word) => /^-[A-Za-z]+$/.test(word))
    .map((word) => word.slice(1))
    .join('');
}

function portMatcher(command: string): (socket: ScenarioSocket) => boolean {
  const grep = /grep '?(:?)(\d+)(\\b)?'?/.exec(command);
  if (grep) {
    const digits = grep[2] as string;
    const test = (port: number | '*') => {
      const text = String(port);
      if (grep[1] && grep[3]) return text === digits;
      if (grep[1]) return text.startsWith(digits);
      return text.includes(digits);
    };
    return (s) => test(s.local_port) || test(s.remote_port);
  }
  const sport = /sport = :?(\d+)/.exec(command);
  const both = command.includes('dport');
  if (sport) {
    const port = Number(sport[1]);
    return (s) => s.local_port === port || (both && s.remote_port === port);
  }
  const lsofPort = /-i(?:TCP|UDP)?:?\s?:?(\d+)/.exec(command);
  if (lsofPort) {
    const port = Number(lsofPort[1]);
    return (s) => s.local_port === port || s.remote_port === port;
  }
  const fuser = /(\d+)\/(tcp|udp)|-n (tcp|udp) (\d+)/.exec(command);
  if (fuser) {
    const port = Number(fuser[1] ?? fuser[4]);
    return (s) => s.local_port === port;
  }
  return () => true;
}

function protocolMatcher(tool: string, command: string): (proto: 'tcp' | 'udp') => boolean {
  if (tool === 'lsof') {
    if (command.includes('-iTCP')) return (p) => p === 'tcp';
    if (command.includes('-iUDP')) return (p) => p === 'udp';
    return () => true;
  }
  if (tool === 'fuser') return (p) => command.includes(p);
  const flags = flagsOf(command);
  const tcp = flags.includes('t');
  const udp = flags.includes('u');
  return (p) => (!tcp && !udp) || (p === 'tcp' ? tcp : udp);
}

/** Reads the command line of a captured Linux fixture into what it can show. */
function viewOf(entry: FixtureEntry, owners: Map<number, string>): View {
  const command = entry.command ?? '';
  const tool = entry.tool ?? '';
  const flags = flagsOf(command);
  const port = portMatcher(command);
  const protocol = protocolMatcher(tool, command);
  const listenOnly =
    command.includes('-sTCP:LISTEN') ||
    ((tool === 'ss' || tool === 'netstat') && flags.includes('l'));
  const hidesOthers = entry.root === false && (tool === 'lsof' || tool === 'fuser');
  const ownedByUser = (s: ScenarioSocket) =>
    s.processes.some((p) => owners.get(p.pid) === 'nobody');
  const fieldLetters = /-F (\w+)/.exec(command)?.[1];
  return {
    includes: (s) =>
      port(s) &&
      protocol(s.proto) &&
      (!listenOnly || s.state === 'LISTEN' || s.state === 'UNCONN') &&
      (!hidesOthers || ownedByUser(s)),
    showsProcess: (pid) =>
      (tool !== 'ss' && tool !== 'netstat') || flags.includes('p')
        ? entry.root !== false || owners.get(pid) === 'nobody'
        : false,
    showsProtocol: fieldLetters === undefined || fieldLetters.includes('P'),
    showsState: tool !== 'fuser' && (fieldLetters === undefined || fieldLetters.includes('T')),
    showsRemote: tool !== 'fuser',
    perProcess: tool === 'fuser' || (flags.includes('t') && tool === 'lsof'),
  };
}

interface Scenario {
  processes: { pid: number; user: string }[];
  sockets: ScenarioSocket[];
  sockets_after_scans?: ScenarioSocket[];
}

interface FixtureIndex {
  files: FixtureEntry[];
  scenarios: Record<string, Scenario>;
}

const STATE_NAMES: Record<string, string> = { ESTAB: 'ESTABLISHED', 'TIME-WAIT': 'TIME_WAIT' };

function toolIdOf(entry: FixtureEntry): ToolId {
  const command = entry.command ?? '';
  if (entry.tool === 'netstat') return 'netstat-linux';
  if (entry.tool === 'lsof') return command.includes('-F') ? 'lsof-fields' : 'lsof';
  if (entry.tool === 'nmap') {
    return command.includes('-oX')
      ? 'nmap-xml'
      : command.includes('-oG')
        ? 'nmap-grepable'
        : 'nmap';
  }
  return entry.tool as ToolId;
}

function key(
  view: View,
  protocol: string,
  localPort: number | undefined,
  remotePort: number | undefined,
  state: string | undefined,
  pid: number | undefined,
  name: string | undefined,
): string {
  return [
    view.showsProtocol ? protocol : '?',
    localPort ?? '*',
    view.showsRemote ? (remotePort ?? '*') : '?',
    view.showsState && protocol === 'tcp' ? (state ?? '-') : '?',
    pid ?? '-',
    name ?? '-',
  ].join(' ');
}

/** Names Debian's /etc/services gives a port but IANA gives several ports: parsers leave those unknown. */
const AMBIGUOUS_NAMES = new Map([['http-alt', 8080]]);

/** Ports a capture shows only under an ambiguous name (the command ran without -n). */
function portsShownAsAmbiguousNames(text: string): Set<number> {
  return new Set(
    [...AMBIGUOUS_NAMES].filter(([name]) => text.includes(`:${name} `)).map(([, port]) => port),
  );
}

function expectedKeys(
  view: View,
  sockets: ScenarioSocket[],
  withNames: boolean,
  withPids: boolean,
  unknownPorts: ReadonlySet<number> = new Set(),
) {
  const keys: string[] = [];
  for (const s of sockets.filter((socket) => view.includes(socket))) {
    const state = STATE_NAMES[s.state] ?? s.state;
    const remote = s.remote_port === '*' ? undefined : s.remote_port;
    const owners = s.processes.length === 0 ? [undefined] : s.processes;
    for (const owner of owners) {
      const shown = owner !== undefined && view.showsProcess(owner.pid);
      const pid = shown && withPids ? owner.pid : undefined;
      const name = shown && withNames ? owner.name : undefined;
      const local = unknownPorts.has(s.local_port) ? undefined : s.local_port;
      keys.push(key(view, s.proto, local, remote, state, pid, name));
    }
  }
  return (view.perProcess ? [...new Set(keys)] : keys).sort();
}

function actualKeys(view: View, rows: SocketRow[]): string[] {
  return rows
    .map((r) => key(view, r.protocol, r.localPort, r.remotePort, r.state, r.pid, r.process))
    .sort();
}

const index = (
  hasSharedFixtures ? readFixtureIndex() : { files: [], scenarios: {} }
) as FixtureIndex;
const captures = index.files.filter((entry) => entry.scenario !== undefined);
const owners = new Map<number, string>();
for (const scenario of Object.values(index.scenarios)) {
  for (const process of scenario.processes) owners.set(process.pid, process.user);
}

function socketsOf(entry: FixtureEntry): ScenarioSocket[] {
  const scenario = index.scenarios[entry.scenario as string] as Scenario;
  return entry.file.includes('--after-scans')
    ? (scenario.sockets_after_scans ?? [])
    : scenario.sockets;
}

function parse(entry: FixtureEntry, text: string): ParsedOutput {
  const parsed = parseOutput(text, toolIdOf(entry));
  expect(parsed.tool).toBe(toolIdOf(entry));
  if (text.trim() !== '') expect(parseOutput(text).tool).toBe(toolIdOf(entry));
  return parsed;
}

const local = captures.filter((e) => e.tool !== 'nmap' && e.tool !== 'nc');
const remote = captures.filter((e) => e.tool === 'nmap' || e.tool === 'nc');

describe.skipIf(!hasSharedFixtures)(
  hasSharedFixtures ? 'Linux captures match their scenario' : skipReason,
  () => {
    test('the index lists Linux captures of every local and remote tool', () => {
      expect(new Set(captures.map((e) => e.tool))).toEqual(
        new Set(['ss', 'lsof', 'netstat', 'fuser', 'nmap', 'nc']),
      );
    });

    test.each(local.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
      const view = viewOf(entry, owners);
      const sockets = socketsOf(entry);
      const stdout = readFixture(entry.file);
      const stderr = entry.stderr_file === null ? '' : readFixture(entry.stderr_file);
      const verbose = !(entry.tool === 'fuser' && !/ -v /.test(`${entry.command} `));
      if (entry.tool === 'fuser' && !entry.stdout_is_tty && stderr !== '') {
        const pids = [
          ...new Set(expectedKeys(view, sockets, false, true).map((k) => Number(k.split(' ')[4]))),
        ];
        expect(
          parse(entry, stdout)
            .processes.map((p) => p.pid)
            .sort(),
        ).toEqual(pids.sort());
        const alone = parse(entry, stderr);
        expect(actualKeys(view, alone.rows)).toEqual(expectedKeys(view, sockets, verbose, false));
        for (const both of [`${stdout}\n${stderr}`, `${stderr}\n${stdout}`]) {
          const parsed = parse(entry, both);
          expect(actualKeys(view, parsed.rows)).toEqual(expectedKeys(view, sockets, verbose, true));
          expect(parsed.queryPort).toBe(entry.query_port);
        }
        return;
      }
      const parsed = parse(entry, stdout);
      if (entry.command?.includes('lsof -t')) {
        const pids = [
          ...new Set(expectedKeys(view, sockets, false, true).map((k) => Number(k.split(' ')[4]))),
        ];
        expect(parsed.processes.map((p) => p.pid).sort()).toEqual(pids.sort());
        expect(parsed.rows).toEqual([]);
        return;
      }
      const unknown = portsShownAsAmbiguousNames(stdout);
      expect(actualKeys(view, parsed.rows)).toEqual(
        expectedKeys(view, sockets, verbose, true, unknown),
      );
      if (stderr !== '') {
        expect(actualKeys(view, parse(entry, `${stderr}\n${stdout}`).rows)).toEqual(
          actualKeys(view, parsed.rows),
        );
      }
    });
  },
);

/** Whether a scenario listener accepts connections on a scanned address. */
function reachable(s: ScenarioSocket, address: string, protocol: string, port: number): boolean {
  if (s.proto !== protocol || s.local_port !== port) return false;
  if (protocol === 'tcp' && s.state !== 'LISTEN') return false;
  const v6 = address.includes(':');
  const bound = s.local_addr.replace(/^\[|\]$/g, '');
  return bound === address || bound === '*' || bound === (v6 ? '::' : '0.0.0.0');
}

describe.skipIf(!hasSharedFixtures)(
  `Linux remote checks match their scenario (${skipReason})`,
  () => {
    test.each(remote.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
      const stdout = readFixture(entry.file);
      const stderr = entry.stderr_file === null ? '' : readFixture(entry.stderr_file);
      const parsed = parse(entry, entry.tool === 'nc' ? stderr || stdout : stdout);
      const sockets = socketsOf(entry);
      const scanned = (
        /-p ([\d,]+)/.exec(entry.command ?? '')?.[1] ??
        /(\d+)$/.exec(entry.command ?? '')?.[1] ??
        ''
      )
        .split(',')
        .filter(Boolean)
        .map(Number);
      const refused = stderr.includes('requires root') || (entry.tool === 'nc' && stderr === '');
      expect([...new Set(parsed.rows.map((r) => r.localPort))].sort()).toEqual(
        refused ? [] : [...new Set(scanned)].sort(),
      );
      for (const row of parsed.rows) {
        const open = sockets.some((s) =>
          reachable(s, row.localAddress ?? '', row.protocol, row.localPort ?? -1),
        );
        // UDP has no handshake: neither nmap nor nc can tell a silent open port from a dropped probe.
        const expected = open ? (row.protocol === 'udp' ? 'OPEN|FILTERED' : 'OPEN') : 'CLOSED';
        expect(row.state).toBe(expected);
      }
      if (scanned.length === 1 && !refused) expect(parsed.queryPort).toBe(scanned[0]);
    });
  },
);
