/**
 * Runs the Linux container and firewall commands of the catalogue that this machine can run, as
 * root, against rules and listeners the test creates and removes again. Commands that need a
 * daemon or a cluster this machine does not have (docker, firewalld, a real kubectl cluster) are
 * listed in DOCS_ONLY with the reason; their flags are checked against the documentation in the
 * unit tests (tests/unit/core/commands).
 */
import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogue, renderCommand } from '../../app/core/commands/index.ts';
import type { CommandSpec, Protocol } from '../../app/core/commands/index.ts';
import { findUnusedPort, runBash, startListener } from './helpers/processes.ts';
import type { Listener } from './helpers/processes.ts';

/** Linux commands of these intents that cannot run here, and why. */
const DOCS_ONLY: Record<string, string> = {
  'linux-docker-ps-containers':
    'needs a running Docker daemon; the publish filter is checked against the Docker CLI reference',
  'linux-firewalld-firewall': 'needs the firewalld daemon (D-Bus), which a container does not run',
  'linux-firewalld-firewall-allow': 'needs the firewalld daemon (D-Bus)',
};

const intents = new Set(['containers', 'firewall', 'firewall-allow', 'find-holder']);
const linuxSpecs = catalogue.filter(
  (spec) => spec.platform === 'linux' && intents.has(spec.intent),
);
const ran = new Set<string>();
const notInstalled = new Set<string>();

function spec(id: string): CommandSpec {
  const found = catalogue.find((entry) => entry.id === id);
  if (!found) throw new Error(`${id} is not in the catalogue`);
  return found;
}

// This machine runs the tests as root without a sudo binary, as in linux-commands.test.ts.
function run(id: string, port: number, protocol: Protocol, env = '') {
  const entry = spec(id);
  const text = renderCommand(entry, { port, protocol });
  expect(text.startsWith('sudo ')).toBe(entry.privilege === 'sudo');
  ran.add(id);
  return runBash(env + (entry.privilege === 'sudo' ? text.slice('sudo '.length) : text));
}

const has = async (tool: string) => (await runBash(`command -v ${tool}`)).code === 0;

let port = 0;
let other = 0;

beforeAll(async () => {
  expect((await runBash('id -u')).stdout.trim(), 'the firewall tests run as root').toBe('0');
  port = await findUnusedPort();
  other = await findUnusedPort();
  if (other === port) other = port === 65535 ? port - 1 : port + 1;
});

describe('nftables', () => {
  test.each(['tcp', 'udp'] as const)(
    'linux-nft-firewall shows the table, chain, policy and the rule for the %s port',
    async (protocol) => {
      const table = 'portwise_test';
      try {
        const setup = await runBash(
          `nft add table inet ${table} && ` +
            `nft add chain inet ${table} input '{ type filter hook input priority 0; policy accept; }' && ` +
            `nft add rule inet ${table} input ${protocol} dport ${port} accept && ` +
            `nft add rule inet ${table} input ${protocol} dport '{ 1, ${port} }' counter accept`,
        );
        expect(setup.code, setup.stderr).toBe(0);
        const found = await run('linux-nft-firewall', port, protocol);
        expect(found.code, found.stderr).toBe(0);
        expect(found.stdout).toContain(`table inet ${table} {`);
        expect(found.stdout).toMatch(/chain input \{/);
        expect(found.stdout).toMatch(/policy accept;/);
        expect(found.stdout).toContain(`${protocol} dport ${port} accept`);
        expect(found.stdout).toContain(`${protocol} dport { 1, ${port} }`);
        // Another port's listing keeps the structure but not this port's rules.
        const unrelated = await run('linux-nft-firewall', other, protocol);
        expect(unrelated.stdout).toContain(`table inet ${table} {`);
        expect(unrelated.stdout).not.toContain(`dport ${port}`);
      } finally {
        await runBash(`nft delete table inet ${table}`);
      }
    },
  );

  test('linux-nft-firewall-allow inserts an accept rule into inet filter input', async () => {
    const exists = await runBash('nft list table inet filter');
    // The command names the stock table; the test creates it and removes it, so it must not
    // touch one this machine already has.
    expect(exists.code, 'this machine already has an inet filter table').not.toBe(0);
    try {
      const setup = await runBash(
        "nft add table inet filter && nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'",
      );
      expect(setup.code, setup.stderr).toBe(0);
      for (const protocol of ['tcp', 'udp'] as const) {
        const result = await run('linux-nft-firewall-allow', port, protocol);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toBe('');
      }
      const chain = await runBash('nft list chain inet filter input');
      expect(chain.stdout).toContain(`tcp dport ${port} accept`);
      expect(chain.stdout).toContain(`udp dport ${port} accept`);
    } finally {
      await runBash('nft delete table inet filter');
    }
  });
});

describe('iptables', () => {
  test.each(['tcp', 'udp'] as const)(
    'linux-iptables-firewall shows the policies and the rule for the %s port',
    async (protocol) => {
      const chain = 'PORTWISE_TEST';
      try {
        const setup = await runBash(
          `iptables -N ${chain} && iptables -A ${chain} -p ${protocol} --dport ${port} -j ACCEPT`,
        );
        expect(setup.code, setup.stderr).toBe(0);
        const found = await run('linux-iptables-firewall', port, protocol);
        expect(found.code, found.stderr).toBe(0);
        expect(found.stdout).toMatch(/^-P INPUT (ACCEPT|DROP)$/m);
        expect(found.stdout).toContain(
          `-A ${chain} -p ${protocol} -m ${protocol} --dport ${port} -j ACCEPT`,
        );
        const unrelated = await run('linux-iptables-firewall', other, protocol);
        expect(unrelated.stdout).toMatch(/^-P INPUT/m);
        expect(unrelated.stdout).not.toContain(`--dport ${port}`);
      } finally {
        await runBash(`iptables -F ${chain}; iptables -X ${chain}`);
      }
    },
  );

  test.each(['tcp', 'udp'] as const)(
    'linux-iptables-firewall-allow inserts an ACCEPT rule for the %s port, and the undo removes it',
    async (protocol) => {
      const rule = `INPUT -p ${protocol} --dport ${port} -j ACCEPT`;
      try {
        const result = await run('linux-iptables-firewall-allow', port, protocol);
        expect(result.code, result.stderr).toBe(0);
        expect((await runBash(`iptables -C ${rule}`)).code).toBe(0);
        // The undo command the warning gives, with the placeholders filled in.
        const undo = /undo it with: sudo (.*)$/.exec(
          spec('linux-iptables-firewall-allow').warning ?? '',
        );
        const text = (undo?.[1] ?? '').replace('PROTOCOL', protocol).replace('PORT', String(port));
        expect((await runBash(text)).code).toBe(0);
        expect((await runBash(`iptables -C ${rule}`)).code).not.toBe(0);
      } finally {
        while ((await runBash(`iptables -C ${rule}`)).code === 0)
          await runBash(`iptables -D ${rule}`);
      }
    },
  );
});

describe('ufw', () => {
  let ufw = false;
  beforeAll(async () => {
    ufw = await has('ufw');
  });

  test('linux-ufw-firewall prints the status line', async () => {
    expect(ufw, 'ufw is not installed (apt-get install ufw)').toBe(true);
    const result = await run('linux-ufw-firewall', port, 'tcp');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Status: (active|inactive)$/m);
  });

  test.each(['tcp', 'udp'] as const)(
    'linux-ufw-firewall-allow adds the %s rule, and the undo removes it',
    async (protocol) => {
      expect(ufw, 'ufw is not installed (apt-get install ufw)').toBe(true);
      const rule = `${port}/${protocol}`;
      try {
        const result = await run('linux-ufw-firewall-allow', port, protocol);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toMatch(/Rules? (added|updated)/);
        expect((await runBash('ufw show added')).stdout).toContain(`ufw allow ${rule}`);
      } finally {
        await runBash(`ufw delete allow ${rule}`);
      }
      expect((await runBash('ufw show added')).stdout).not.toContain(`ufw allow ${rule}`);
    },
  );
});

describe('containers', () => {
  let forward: Listener | undefined;
  let plain: Listener | undefined;
  let fakeBin = '';

  beforeAll(async () => {
    forward = await startListener('tcp', '127.0.0.1', 'kubectl');
    plain = await startListener('tcp', '127.0.0.1');
    // kubectl with no cluster cannot list services, so a stand-in prints what
    // `kubectl get services -A -o custom-columns=…` prints, and the real filter runs on it.
    fakeBin = await mkdtemp(join(tmpdir(), 'portwise-kubectl-'));
    const table = [
      'NAMESPACE     NAME         TYPE           PORT          NODEPORT        PROTOCOL',
      'default       kubernetes   ClusterIP      443           <none>          TCP',
      'default       web          NodePort       80,8443       30080,30443     TCP,TCP',
      'monitoring    grafana      LoadBalancer   3000          31000           TCP',
    ].join('\n');
    await writeFile(
      join(fakeBin, 'kubectl'),
      `#!/bin/sh\nprintf '%s\\n' "$*" > "${fakeBin}/args"\ncat <<'EOF'\n${table}\nEOF\n`,
    );
    await chmod(join(fakeBin, 'kubectl'), 0o755);
  });

  afterAll(async () => {
    forward?.child.kill('SIGKILL');
    plain?.child.kill('SIGKILL');
    if (fakeBin) await rm(fakeBin, { recursive: true, force: true });
  });

  test('linux-lsof-port-forward-containers finds a kubectl listener, and only kubectl', async () => {
    if (!forward || !plain) throw new Error('listeners not started');
    const found = await run('linux-lsof-port-forward-containers', forward.port, 'tcp');
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toMatch(new RegExp(`^kubectl\\s+${forward.pid}\\s`, 'm'));
    expect(found.stdout).toContain(`127.0.0.1:${forward.port} (LISTEN)`);
    const notKubectl = await run('linux-lsof-port-forward-containers', plain.port, 'tcp');
    expect(notKubectl.code).toBe(1);
    expect(notKubectl.stdout).toBe('');
  });

  test.each([
    [30443, 'web'],
    [8443, 'web'],
    [3000, 'grafana'],
    [443, 'kubernetes'],
  ])('linux-kubectl-services-containers keeps the service with port %i', async (wanted, name) => {
    const result = await run(
      'linux-kubectl-services-containers',
      wanted,
      'tcp',
      `PATH=${fakeBin}:$PATH `,
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^NAMESPACE\s+NAME/);
    expect(lines.slice(1).map((line) => line.split(/\s+/)[1])).toEqual([name]);
  });

  test('linux-kubectl-services-containers prints only the header and exits 1 for a port no service has', async () => {
    // 80 is a service port and 8 is not: a substring match would wrongly keep "web".
    const result = await run(
      'linux-kubectl-services-containers',
      8,
      'tcp',
      `PATH=${fakeBin}:$PATH `,
    );
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const { stdout: args } = await runBash(`cat ${fakeBin}/args`);
    expect(args.trim()).toMatch(
      /^get services --all-namespaces -o custom-columns=NAMESPACE:\.metadata\.namespace,.*PORT:\.spec\.ports\[\*\]\.port,NODEPORT:\.spec\.ports\[\*\]\.nodePort,/,
    );
  });

  test('linux-podman-port-containers runs and reports no mapping when no container runs', async () => {
    if (!(await has('podman'))) {
      // Podman is large and not in CI's package list; this runs where it is installed.
      notInstalled.add('linux-podman-port-containers');
      return;
    }
    const result = await run('linux-podman-port-containers', port, 'tcp');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(spec('linux-podman-port-containers').exitCodes?.notFound);
    expect(result.stdout).toBe('');
  });
});

describe('find-holder', () => {
  let fakeBin = '';
  beforeAll(async () => {
    // This machine does not run systemd, so a stand-in prints what `systemctl list-sockets --all`
    // prints and the real filter runs on it.
    fakeBin = await mkdtemp(join(tmpdir(), 'portwise-systemctl-'));
    const table = [
      'LISTEN                          UNIT                ACTIVATES',
      '/run/dbus/system_bus_socket     dbus.socket         dbus.service',
      '[::]:22                         ssh.socket          ssh.service',
      '0.0.0.0:2222                    other.socket        other.service',
      '',
      '3 sockets listed.',
    ].join('\n');
    await writeFile(join(fakeBin, 'systemctl'), `#!/bin/sh\ncat <<'EOF'\n${table}\nEOF\n`);
    await chmod(join(fakeBin, 'systemctl'), 0o755);
  });
  afterAll(async () => {
    if (fakeBin) await rm(fakeBin, { recursive: true, force: true });
  });

  test('linux-systemctl-list-sockets-find-holder keeps the unit on exactly this port', async () => {
    const id = 'linux-systemctl-list-sockets-find-holder';
    const found = await run(id, 22, 'tcp', `PATH=${fakeBin}:$PATH `);
    expect(found.code).toBe(0);
    expect(found.stdout.trim().split('\n').slice(1)).toEqual([
      '[::]:22                         ssh.socket          ssh.service',
    ]);
    const none = await run(id, 2, 'tcp', `PATH=${fakeBin}:$PATH `);
    expect(none.code).toBe(1);
    expect(none.stdout.trim().split('\n')).toHaveLength(1);
  });
});

test('every Linux container and firewall command ran here or is listed as documentation-only', () => {
  const ids = linuxSpecs.map((entry) => entry.id).sort();
  expect([...ran, ...notInstalled, ...Object.keys(DOCS_ONLY)].sort()).toEqual(ids);
});
