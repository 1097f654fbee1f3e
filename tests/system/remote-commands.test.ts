/** Runs the "from another machine" checks (nmap, nc) against listeners this test starts. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listCommands, renderCommand } from '../../app/core/commands/index.ts';
import type { CommandSpec } from '../../app/core/commands/index.ts';
import { readAnswer } from '../../app/core/output/index.ts';
import { findUnusedPort, runBash, startListener } from './helpers/processes.ts';
import type { Listener } from './helpers/processes.ts';
import { requireTools } from './helpers/tools.ts';

// Root in CI and here, and no sudo binary: drop the prefix the UI shows for nmap -sU.
const runnable = (text: string): string => text.replace(/^sudo /, '');

// The tools a Linux user is shown. Test-NetConnection (PowerShell), Apple's nc (-G) and nmap in
// Command Prompt cannot run here; they are checked against their documented options instead.
const shellSpecs = (protocol: 'tcp' | 'udp'): readonly CommandSpec[] =>
  listCommands('remote', protocol, 'reachable', 'linux');

/** What the reader makes of what the command printed, as a user pasting both streams would see it. */
function verdictOf(port: number, protocol: 'tcp' | 'udp', out: { stdout: string; stderr: string }) {
  return readAnswer(`${out.stdout}\n${out.stderr}`, { port, protocol, platform: 'linux' }).verdict;
}

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
let scratch = '';

/**
 * Runs a command where "localhost" means both 127.0.0.1 and ::1, as Debian's default /etc/hosts
 * has it (this machine's names only 127.0.0.1): the command runs in a mount namespace of its own
 * with a standard hosts file bound over /etc/hosts, so the machine's file is never touched.
 */
function withStandardHosts(command: string): string {
  const script = join(scratch, `run-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(script, command);
  return `unshare --mount bash -c 'mount --bind ${scratch}/hosts /etc/hosts && bash ${script}'`;
}

beforeAll(async () => {
  await requireTools();
  for (const protocol of ['tcp', 'udp'] as const) {
    for (const address of ['127.0.0.1', '::1'] as const) {
      listeners.set(`${protocol} ${address}`, await startListener(protocol, address));
    }
  }
  closedPort = await findUnusedPort();
  scratch = mkdtempSync(join(tmpdir(), 'portwise-hosts-'));
  writeFileSync(
    join(scratch, 'hosts'),
    '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n',
  );
});

afterAll(() => {
  for (const listener of listeners.values()) listener.child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

/** The command as a user would run it: without the sudo this root run does not need. */
const run = (text: string, host: string) =>
  runBash(host === 'localhost' ? withStandardHosts(runnable(text)) : runnable(text));

const cases = [
  { protocol: 'tcp', address: '127.0.0.1', host: '127.0.0.1' },
  { protocol: 'tcp', address: '127.0.0.1', host: 'localhost' },
  // A listener on ::1 alone: nmap scans only 127.0.0.1 for localhost unless told -6.
  { protocol: 'tcp', address: '::1', host: 'localhost' },
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
      const out = await run(text, host);
      expectOpen(spec, listener.port, protocol, out);
      // UDP has no handshake: a probe nothing refused is open or filtered, never proof.
      const open = protocol === 'udp' ? ['open-remote', 'filtered-remote'] : ['open-remote'];
      expect(open, out.stdout + out.stderr).toContain(verdictOf(listener.port, protocol, out).kind);
    });

    test.each(shellSpecs(protocol))('$id finds an unused port closed', async (spec) => {
      const text = renderCommand(spec, { port: closedPort, protocol, host });
      const out = await run(text, host);
      expectClosed(spec, closedPort, protocol, out);
      if (protocol === 'tcp') {
        expect(verdictOf(closedPort, protocol, out).kind, out.stdout + out.stderr).toBe(
          'closed-remote',
        );
      }
    });
  },
);
