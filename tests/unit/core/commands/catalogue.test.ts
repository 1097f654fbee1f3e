import { describe, expect, test } from 'vitest';
import {
  catalogue,
  intentOrder,
  listCommands,
  renderCommands,
} from '../../../../app/core/commands/index.ts';
import type {
  CommandPlatform,
  Intent,
  Protocol,
  Shell,
} from '../../../../app/core/commands/index.ts';

describe('catalogue entries are complete', () => {
  test('ids are unique', () => {
    const ids = catalogue.map((spec) => spec.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(catalogue)('$id explains itself and cites its documentation', (spec) => {
    expect(spec.id).toMatch(/^[a-z0-9-]+$/);
    expect(spec.id.startsWith(`${spec.platform}-`)).toBe(true);
    expect(spec.title.length).toBeGreaterThan(5);
    expect(spec.flags.length).toBeGreaterThan(0);
    for (const flag of spec.flags) {
      expect(flag.token.trim()).not.toBe('');
      expect(flag.meaning).toMatch(/\w+.*\.$/);
    }
    expect(spec.output.length).toBeGreaterThan(10);
    expect(spec.empty.length).toBeGreaterThan(10);
    expect(spec.source.url).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    expect(spec.source.title.length).toBeGreaterThan(3);
    expect(spec.protocols.length).toBeGreaterThan(0);
  });

  test.each(catalogue)('$id uses only known placeholders, and hosts as whole words', (spec) => {
    for (const template of [spec.template, spec.ipv6Template ?? spec.template]) {
      const names = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
      for (const name of names) expect(['port', 'host', 'pid', 'protocol']).toContain(name);
      expect(template).not.toMatch(/\{\{(?!(port|host|pid|protocol)\}\})/);
      // A host is quoted by the shell's own rules, so it must never sit inside template quotes.
      if (template.includes('{{host}}')) expect(template).toMatch(/(^| )\{\{host\}\}( |$)/);
    }
  });

  test.each(catalogue)('$id: sudo in the template exactly when privilege is sudo', (spec) => {
    expect(spec.template.startsWith('sudo ')).toBe(spec.privilege === 'sudo');
    if (spec.privilege !== 'none') expect(spec.privilegeWhy ?? '').not.toBe('');
  });

  test.each(catalogue.filter((spec) => spec.intent === 'stop-process'))(
    '$id warns and needs a PID',
    (spec) => {
      expect(spec.warning ?? '').toMatch(/unsaved work/);
      expect(spec.template).toContain('{{pid}}');
    },
  );

  test.each(catalogue.filter((spec) => spec.intent === 'listener' || spec.intent === 'sockets'))(
    '$id matches the port it is given',
    (spec) => {
      expect(spec.template).toContain('{{port}}');
    },
  );

  test("only the reader's per-process intents take a PID", () => {
    const withPid = catalogue.filter((spec) => spec.template.includes('{{pid}}'));
    expect(withPid.every((spec) => ['stop-process', 'find-holder'].includes(spec.intent))).toBe(
      true,
    );
  });

  test('the catalogue is ordered by intent', () => {
    const ranks = catalogue.map((spec) => intentOrder.indexOf(spec.intent));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

// Which intents each platform answers, per protocol: the coverage the issue asks for.
const coverage: [CommandPlatform, Protocol, Intent, Shell[]][] = [
  ['linux', 'tcp', 'listener', ['sh']],
  ['linux', 'udp', 'listener', ['sh']],
  ['linux', 'tcp', 'sockets', ['sh']],
  ['linux', 'udp', 'sockets', ['sh']],
  ['linux', 'tcp', 'ephemeral-range', ['sh']],
  ['linux', 'tcp', 'stop-process', ['sh']],
  ['macos', 'tcp', 'listener', ['sh']],
  ['macos', 'udp', 'listener', ['sh']],
  ['macos', 'udp', 'sockets', ['sh']],
  ['macos', 'tcp', 'ephemeral-range', ['sh']],
  ['macos', 'tcp', 'stop-process', ['sh']],
  ['freebsd', 'tcp', 'listener', ['sh']],
  ['freebsd', 'udp', 'listener', ['sh']],
  ['freebsd', 'tcp', 'sockets', ['sh']],
  ['freebsd', 'udp', 'ephemeral-range', ['sh']],
  ['freebsd', 'udp', 'stop-process', ['sh']],
  ['windows', 'tcp', 'listener', ['cmd', 'powershell']],
  ['windows', 'udp', 'listener', ['cmd', 'powershell']],
  ['windows', 'tcp', 'sockets', ['cmd', 'powershell']],
  ['windows', 'tcp', 'ephemeral-range', ['cmd']],
  ['windows', 'udp', 'excluded-ranges', ['cmd']],
  ['windows', 'tcp', 'stop-process', ['cmd', 'powershell']],
  ['linux', 'tcp', 'containers', ['sh']],
  ['linux', 'udp', 'containers', ['sh']],
  ['macos', 'tcp', 'containers', ['sh']],
  ['windows', 'tcp', 'containers', ['cmd', 'powershell']],
  ['windows', 'udp', 'containers', ['cmd', 'powershell']],
  ['linux', 'tcp', 'firewall', ['sh']],
  ['linux', 'udp', 'firewall-allow', ['sh']],
  ['macos', 'udp', 'firewall', ['sh']],
  ['windows', 'tcp', 'firewall', ['cmd', 'powershell']],
  ['windows', 'udp', 'firewall-allow', ['cmd', 'powershell']],
  ['remote', 'tcp', 'reachable', ['sh', 'powershell', 'cmd']],
  ['remote', 'udp', 'reachable', ['sh', 'cmd']],
];

test.each(coverage)('%s %s %s is answered in %j', (platform, protocol, intent, shells) => {
  const found = listCommands(platform, protocol, intent);
  expect([...new Set(found.map((spec) => spec.shell))].sort()).toEqual([...shells].sort());
});

// Command Prompt and PowerShell are both shown for Windows, so a command whose text runs the same
// in both must be listed once (with `alsoIn`), never once per shell.
describe('no platform shows the same command twice', () => {
  const platforms: CommandPlatform[] = ['linux', 'macos', 'windows', 'freebsd'];
  test.each(platforms.flatMap((platform) => (['tcp', 'udp'] as const).map((p) => [platform, p])))(
    '%s %s',
    (platform, protocol) => {
      const texts = renderCommands({
        platform: platform as CommandPlatform,
        protocol: protocol as Protocol,
        port: 8080,
      }).map(({ text }) => text);
      expect(texts.filter((text, i) => texts.indexOf(text) !== i)).toEqual([]);
    },
  );

  test('Windows has one netsh range command per question, and it says it runs in both shells', () => {
    for (const intent of ['ephemeral-range', 'excluded-ranges'] as const) {
      const found = listCommands('windows', 'tcp', intent);
      expect(found.map((spec) => spec.id)).toEqual([
        intent === 'ephemeral-range'
          ? 'windows-cmd-netsh-dynamicport'
          : 'windows-cmd-netsh-excludedportrange',
      ]);
      expect(found[0]?.alsoIn).toEqual(['powershell']);
    }
  });

  test.each(catalogue.filter((spec) => spec.alsoIn))('$id: alsoIn names other shells', (spec) => {
    expect(spec.alsoIn).not.toContain(spec.shell);
    expect(spec.platform).toBe('windows');
  });
});

describe('firewall and container commands', () => {
  test.each(catalogue.filter((spec) => spec.intent === 'firewall-allow'))(
    '$id warns that it opens the port and says how to undo it',
    (spec) => {
      expect(spec.warning ?? '').toMatch(/opens the port/);
      expect(spec.warning ?? '').toMatch(/undo it with: \S/);
      expect(spec.template).toContain('{{port}}');
    },
  );

  test('every ufw command warns that Docker-published ports bypass ufw, citing Docker', () => {
    const ufw = catalogue.filter((spec) => spec.tool === 'ufw');
    expect(ufw.length).toBe(2);
    for (const spec of ufw) {
      expect(spec.warning ?? '').toMatch(/Docker publishes .* bypass ufw/);
      expect(spec.warningSource?.url).toMatch(/^https:\/\/docs\.docker\.com\//);
    }
  });

  test.each(catalogue.filter((spec) => spec.intent === 'firewall'))(
    '$id only reads: it adds, deletes or changes nothing',
    (spec) => {
      expect(spec.template).not.toMatch(/\b(allow|add|insert|delete|-I|-A|-D|--set\w*|New-)\b/);
      expect(spec.warning === undefined || spec.tool === 'ufw').toBe(true);
    },
  );
});
