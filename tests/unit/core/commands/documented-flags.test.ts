import { describe, expect, test } from 'vitest';
import { catalogue, renderCommand } from '../../../../app/core/commands/index.ts';
import type { CommandSpec } from '../../../../app/core/commands/index.ts';
import {
  cmdletParameters,
  findstrOptions,
  netshForms,
  parameterValues,
  posixTools,
  taskkillOptions,
  tasklistOptions,
  windowsNetstatLetters,
} from './documented-flags-table.ts';

const port = 4711;
const pid = 3141;
const render = (spec: CommandSpec, host = 'example.com'): string =>
  renderCommand(spec, { port, protocol: spec.protocols[0] ?? 'tcp', host, pid });

// Splits a command line into stages of words (at pipes, and at `;` or cmd's `&` between two
// commands), keeping quoted text in one word.
function posixStages(text: string): string[][] {
  const words = text.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
  const stages: string[][] = [[]];
  for (const word of words) {
    if (word === '|' || word === '&') stages.push([]);
    else if (word.endsWith(';')) {
      stages.at(-1)?.push(word.slice(0, -1));
      stages.push([]);
    } else stages.at(-1)?.push(word);
  }
  return stages;
}

function checkPosixStage(stage: string[], spec?: CommandSpec): void {
  const words = stage[0] === 'sudo' ? stage.slice(1) : stage;
  const [path = '', ...args] = words;
  const name = path.split('/').at(-1) ?? path;
  const tool = name === 'nc' && spec?.runsOn?.includes('macos') ? 'nc-macos' : name;
  const doc = posixTools[tool];
  expect(doc, `no documentation table for ${tool}`).toBeDefined();
  if (!doc) return;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('-') || arg === '-') continue;
    if (arg.startsWith('--')) {
      const [option = '', joined] = arg.slice(2).split(/=(.*)/s);
      expect(doc.long ?? {}, `${tool} --${option}`).toHaveProperty([option]);
      const pattern = doc.long?.[option];
      if (pattern) expect(joined ?? args[(index += 1)] ?? '', `${tool} ${arg}`).toMatch(pattern);
      else expect(joined, `${tool} --${option} takes no value`).toBeUndefined();
      continue;
    }
    const letter = arg[1] ?? '';
    const pattern = doc.withValue[letter];
    if (pattern) {
      const joined = arg.slice(2);
      const value = joined === '' ? (args[(index += 1)] ?? '') : joined;
      expect(value, `${tool} ${arg}`).toMatch(pattern);
    } else {
      for (const flag of arg.slice(1)) expect(doc.letters, `${tool} -${flag}`).toContain(flag);
    }
  }
}

const posixSpecs = catalogue.filter((spec) => spec.platform !== 'linux' && spec.shell === 'sh');

describe('macOS, FreeBSD and remote sh commands use only documented options', () => {
  test.each(posixSpecs)('$id', (spec) => {
    for (const stage of posixStages(render(spec))) checkPosixStage(stage, spec);
    const ipv6 = spec.template.includes('{{host}}') ? render(spec, '2001:db8::1') : '';
    for (const stage of ipv6 ? posixStages(ipv6) : []) checkPosixStage(stage, spec);
  });
});

describe('port and host syntax of the non-Linux commands', () => {
  test.each([
    ['macos-lsof-listener-tcp', /(^| )-iTCP:4711( |$)/],
    ['macos-lsof-listener-udp', /(^| )-iUDP:4711( |$)/],
    ['macos-lsof-sockets-tcp', /(^| )-iTCP:4711( |$)/],
    ['macos-netstat-sockets-tcp', /awk -v port=4711 '.*"\[\.\]" port "\$"/],
    ['freebsd-sockstat-listener-tcp', / -P tcp -p 4711$/],
    ['freebsd-sockstat-listener-udp', / -P udp -p 4711$/],
    ['windows-powershell-listener-tcp', / -LocalPort 4711 /],
    ['windows-powershell-listener-udp', / -LocalPort 4711 /],
    ['windows-powershell-sockets-tcp', /\$_\.LocalPort -eq 4711 -or \$_\.RemotePort -eq 4711 /],
    ['remote-nmap-reachable-tcp', /^nmap -p 4711 example\.com; nmap -6 -p 4711 example\.com$/],
    ['remote-nc-macos-reachable-tcp', /^nc -zv -G 5 example\.com 4711$/],
    ['remote-nc-reachable-udp', /^nc -zvu -w 5 example\.com 4711$/],
    [
      'remote-test-netconnection-reachable-tcp',
      /^Test-NetConnection -ComputerName example\.com -Port 4711$/,
    ],
    ['windows-cmd-taskkill-stop-process', /^taskkill \/PID 3141$/],
    ['windows-powershell-stop-process', /^Stop-Process -Id 3141$/],
  ])('%s', (id, pattern) => {
    const spec = catalogue.find((entry) => entry.id === id);
    expect(spec ? render(spec) : '').toMatch(pattern);
  });

  test.each(catalogue.filter((spec) => spec.ipv6Template))(
    '$id adds -6 and passes the IPv6 address bare',
    (spec) => {
      expect(render(spec, '[2001:db8::1]')).toMatch(/nmap -6 .* 2001:db8::1$/);
    },
  );
});

describe('Windows commands use only documented options', () => {
  test.each(catalogue.filter((spec) => spec.shell === 'cmd'))('$id', (spec) => {
    const text = render(spec);
    if (spec.tool === 'netstat') {
      const match = /^netstat -([a-z]+) \| findstr (\/R) \/C:"([^"]+)"$/.exec(text);
      expect(match, text).not.toBeNull();
      for (const letter of match?.[1] ?? '') expect(windowsNetstatLetters).toContain(letter);
      expect(findstrOptions).toContain(match?.[2]?.toLowerCase());
      // Only findstr's regular-expression syntax: literals, '.', '*', '^' and [^ ] classes.
      expect(match?.[3]).toMatch(/^[\^ *A-Z:.[\]0-9]+$/);
      expect(match?.[3]).toContain(`:${port} `);
    } else if (spec.tool === 'nmap' || spec.tool === 'docker') {
      for (const stage of posixStages(text)) checkPosixStage(stage, spec);
      if (spec.tool === 'nmap') expect(text).toContain(' & ');
    } else if (spec.tool === 'tasklist') {
      expect(text).toMatch(/^tasklist \/svc \/fi "PID eq 3141"$/);
      for (const option of text.split(' ').filter((word) => word.startsWith('/'))) {
        expect(tasklistOptions).toContain(option.toLowerCase());
      }
    } else if (spec.tool === 'taskkill') {
      for (const option of text.split(' ').filter((word) => word.startsWith('/'))) {
        expect(taskkillOptions).toContain(option.toLowerCase());
      }
    } else {
      expect(
        netshForms.some((form) => form.test(text)),
        text,
      ).toBe(true);
    }
  });

  test.each(catalogue.filter((spec) => spec.shell === 'powershell'))('$id', (spec) => {
    const text = render(spec);
    if (spec.tool === 'kubectl') {
      // The kubectl part runs the same as on macOS and Linux; the cmdlets after it are checked below.
      const kubectl = /^\((kubectl [^|)]+)/.exec(text)?.[1] ?? '';
      checkPosixStage(kubectl.split(' '), spec);
    }
    if (spec.tool === 'netsh') {
      expect(
        netshForms.some((form) => form.test(text)),
        text,
      ).toBe(true);
      return;
    }
    const calls = [...text.matchAll(/\b([A-Z][a-z]+-[A-Z][A-Za-z]+)\b([^|{}()]*)/g)];
    expect(calls.length).toBeGreaterThan(0);
    for (const [, cmdlet = '', span = ''] of calls) {
      const known = cmdletParameters[cmdlet];
      expect(known, `no documentation table for ${cmdlet}`).toBeDefined();
      for (const [, name = '', value = ''] of span.matchAll(
        /(?:^|\s)-([A-Za-z]+)(?:\s+([A-Za-z]+))?/g,
      )) {
        expect(known, `${cmdlet} -${name}`).toContain(name);
        const allowed = parameterValues[name];
        if (allowed) expect(allowed, `${cmdlet} -${name} ${value}`).toContain(value);
      }
    }
  });
});
