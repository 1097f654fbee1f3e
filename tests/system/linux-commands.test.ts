/**
 * Runs every Linux command of the catalogue for real, rendered by the same core functions the
 * UI uses, against listeners this test starts, and against a port it knows to be unused.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listCommands, renderCommand, renderCommands } from '../../app/core/commands/index.ts';
import type { CommandSpec, Protocol } from '../../app/core/commands/index.ts';
import {
  findUnusedPort,
  runBash,
  startIdleChild,
  startListener,
  waitForExit,
} from './helpers/processes.ts';
import type { Listener } from './helpers/processes.ts';
import { requireTools } from './helpers/tools.ts';

// CI and this container run as root and have no sudo binary, so the leading `sudo ` the UI
// shows is removed before running; the test checks it is there exactly when the spec says so.
function runnable(spec: CommandSpec, text: string): string {
  expect(text.startsWith('sudo '), `${spec.id}: sudo prefix vs privilege`).toBe(
    spec.privilege === 'sudo',
  );
  return spec.privilege === 'sudo' ? text.slice('sudo '.length) : text;
}

const exact = (value: number | string): RegExp =>
  new RegExp(`(?<![\\w.-])${String(value)}(?![\\w-])`);

// Lines each tool prints when nothing matches (the header only, or nothing).
const emptyStdoutLines: Record<string, number> = { ss: 1, netstat: 2, lsof: 0, fuser: 0 };

const targets = [
  { protocol: 'tcp', address: '127.0.0.1' },
  { protocol: 'tcp', address: '::1' },
  { protocol: 'udp', address: '127.0.0.1' },
  { protocol: 'udp', address: '::1' },
] as const;

const socketSpecs = (protocol: Protocol): readonly CommandSpec[] =>
  listCommands('linux', protocol).filter(
    (spec) => spec.intent === 'listener' || spec.intent === 'sockets',
  );

const listeners = new Map<string, Listener>();
let unusedPort = 0;
const ran = new Set<string>();

beforeAll(async () => {
  await requireTools();
  for (const target of targets) {
    listeners.set(
      `${target.protocol} ${target.address}`,
      await startListener(target.protocol, target.address),
    );
  }
  unusedPort = await findUnusedPort();
});

afterAll(() => {
  for (const listener of listeners.values()) listener.child.kill('SIGKILL');
});

describe.each(targets)('a $protocol listener on $address', ({ protocol, address }) => {
  test.each(socketSpecs(protocol))('$id reveals its port, PID and process name', async (spec) => {
    const listener = listeners.get(`${protocol} ${address}`);
    if (!listener) throw new Error('listener not started');
    const text = renderCommand(spec, { port: listener.port, protocol });
    const result = await runBash(runnable(spec, text));
    ran.add(spec.id);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.code, output).toBe(spec.exitCodes?.found);
    expect(output).toMatch(exact(listener.port));
    expect(output).toMatch(exact(listener.pid));
    expect(output).toContain(listener.name);
  });
});

describe.each(['tcp', 'udp'] as const)('an unused %s port', (protocol) => {
  test.each(socketSpecs(protocol))(
    '$id prints its documented empty output and exit code',
    async (spec) => {
      const text = renderCommand(spec, { port: unusedPort, protocol });
      const result = await runBash(runnable(spec, text));
      const lines = result.stdout.split('\n').filter((line) => line.trim() !== '');
      expect(result.code, result.stdout + result.stderr).toBe(spec.exitCodes?.notFound);
      expect(lines).toHaveLength(emptyStdoutLines[spec.tool] ?? -1);
      expect(`${result.stdout}\n${result.stderr}`).not.toMatch(exact(unusedPort));
    },
  );
});

test.each(['tcp', 'udp'] as const)(
  'the %s ephemeral-range commands print two port numbers',
  async (protocol) => {
    const commands = renderCommands({ platform: 'linux', protocol, port: 1 }).filter(
      ({ spec }) => spec.intent === 'ephemeral-range',
    );
    expect(commands.length).toBeGreaterThan(0);
    for (const { spec, text } of commands) {
      const result = await runBash(runnable(spec, text));
      ran.add(spec.id);
      expect(result.code).toBe(0);
      const [, first = '', last = ''] = /(\d+)\s+(\d+)\s*$/.exec(result.stdout.trim()) ?? [];
      expect(Number(first)).toBeGreaterThan(0);
      expect(Number(last)).toBeGreaterThanOrEqual(Number(first));
      expect(Number(last)).toBeLessThanOrEqual(65535);
    }
  },
);

test('the stop-process command ends the process it names', async () => {
  const [spec] = listCommands('linux', 'tcp', 'stop-process');
  if (!spec) throw new Error('no Linux stop-process command');
  const child = startIdleChild();
  const text = renderCommand(spec, { port: 1, protocol: 'tcp', pid: child.pid ?? 0 });
  const result = await runBash(runnable(spec, text));
  ran.add(spec.id);
  expect(result.code).toBe(0);
  expect(await waitForExit(child)).toBe('SIGTERM');
});

// Container and firewall commands have their own system test (linux-firewall-containers.test.ts).
const elsewhere = new Set(['containers', 'firewall', 'firewall-allow', 'find-holder']);

test('every Linux catalogue command was run', () => {
  const all = [...listCommands('linux', 'tcp'), ...listCommands('linux', 'udp')]
    .filter((spec) => !elsewhere.has(spec.intent))
    .map((spec) => spec.id);
  expect([...ran].sort()).toEqual([...new Set(all)].sort());
});
