/** Runs the "from another machine" checks (nmap, nc) against listeners this test starts. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listCommands, renderCommand } from '../../app/core/commands/index.ts';
import type { CommandSpec } from '../../app/core/commands/index.ts';
import { findUnusedPort, runBash, startListener } from './helpers/processes.ts';
import type { Listener } from './helpers/processes.ts';
import { requireTools } from './helpers/tools.ts';

// Root in CI and here, and no sudo binary: drop the prefix the UI shows for nmap -sU.
const runnable = (text: string): string => text.replace(/^sudo /, '');

// Test-NetConnection is PowerShell; it is checked against its documented parameters instead.
const shellSpecs = (protocol: 'tcp' | 'udp'): readonly CommandSpec[] =>
  listCommands('remote', protocol, 'reachable').filter((spec) => spec.shell === 'sh');

function expectOpen(
  spec: CommandSpec,
  port: number,
  protocol: string,
  out: { code: number; stdout: string; stderr: string },
): void {
  expect(out.code, out.stdout + out.stderr).toBe(spec.exitCodes?.found);
  if (spec.tool === 'nmap') {
    const state = protocol === 'tcp' ? 'open' : '(open|open\\|filtered)';
    expect(out.stdout).toMatch(new RegExp(`^${port}/${protocol}\\s+${state}\\s`, 'm'));
  } else {
    expect(out.stderr).toContain(`${port} port [${protocol}/*] succeeded`);
  }
}

function expectClosed(
  spec: CommandSpec,
  port: number,
  protocol: string,
  out: { code: number; stdout: string; stderr: string },
): void {
  expect(out.code, out.stdout + out.stderr).toBe(spec.exitCodes?.notFound);
  if (spec.tool === 'nmap')
    expect(out.stdout).toMatch(new RegExp(`^${port}/${protocol}\\s+closed\\s`, 'm'));
  else expect(out.stderr).not.toContain('succeeded');
}

const listeners = new Map<string, Listener>();
let closedPort = 0;

beforeAll(async () => {
  await requireTools();
  for (const protocol of ['tcp', 'udp'] as const) {
    for (const address of ['127.0.0.1', '::1'] as const) {
      listeners.set(`${protocol} ${address}`, await startListener(protocol, address));
    }
  }
  closedPort = await findUnusedPort();
});

afterAll(() => {
  for (const listener of listeners.values()) listener.child.kill('SIGKILL');
});

const cases = [
  { protocol: 'tcp', address: '127.0.0.1', host: '127.0.0.1' },
  { protocol: 'tcp', address: '127.0.0.1', host: 'localhost' },
  { protocol: 'tcp', address: '::1', host: '::1' },
  { protocol: 'tcp', address: '::1', host: '[::1]' },
  { protocol: 'udp', address: '127.0.0.1', host: '127.0.0.1' },
  { protocol: 'udp', address: '::1', host: '::1' },
] as const;

describe.each(cases)(
  '$protocol on $address, host typed as $host',
  ({ protocol, address, host }) => {
    test.each(shellSpecs(protocol))('$id finds the listener open', async (spec) => {
      const listener = listeners.get(`${protocol} ${address}`);
      if (!listener) throw new Error('listener not started');
      const text = renderCommand(spec, { port: listener.port, protocol, host });
      expectOpen(spec, listener.port, protocol, await runBash(runnable(text)));
    });

    test.each(shellSpecs(protocol))('$id finds an unused port closed', async (spec) => {
      const text = renderCommand(spec, { port: closedPort, protocol, host });
      expectClosed(spec, closedPort, protocol, await runBash(runnable(text)));
    });
  },
);
