import { describe, expect, test } from 'vitest';
import {
  catalogue,
  listCommands,
  renderCommand,
  renderCommands,
} from '../../../../app/core/commands/index.ts';
import type { CommandPlatform, Intent, Protocol } from '../../../../app/core/commands/index.ts';

const spec = (id: string) => {
  const found = catalogue.find((entry) => entry.id === id);
  if (!found) throw new Error(`no spec ${id}`);
  return found;
};

describe('renderCommand fills templates exactly', () => {
  test.each([
    ['linux-ss-listener-tcp', 60904, 'tcp', {}, "sudo ss -ltnp 'sport = :60904'"],
    ['linux-ss-listener-udp', 53, 'udp', {}, "sudo ss -lunp 'sport = :53'"],
    ['linux-lsof-listener-tcp', 5432, 'tcp', {}, 'sudo lsof -nP -iTCP:5432 -sTCP:LISTEN'],
    ['linux-fuser-listener-udp', 5353, 'udp', {}, 'sudo fuser -v 5353/udp'],
    [
      'linux-netstat-listener-tcp',
      80,
      'tcp',
      {},
      `sudo netstat -tlnp | awk -v port=80 'NR <= 2 { print; next } $4 ~ ":" port "$" { print; found = 1 } END { exit !found }'`,
    ],
    ['linux-ss-sockets-tcp', 443, 'tcp', {}, "sudo ss -tanp '( sport = :443 or dport = :443 )'"],
    ['macos-lsof-listener-udp', 5353, 'udp', {}, 'sudo lsof -nP -iUDP:5353'],
    [
      'macos-sysctl-ephemeral-range',
      1,
      'tcp',
      {},
      'sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last',
    ],
    ['freebsd-sockstat-listener-tcp', 22, 'tcp', {}, 'sudo sockstat -46 -l -P tcp -p 22'],
    ['freebsd-sockstat-sockets-tcp', 22, 'tcp', {}, 'sudo sockstat -46 -s -P tcp -p 22'],
    [
      'windows-cmd-netstat-listener-tcp',
      3000,
      'tcp',
      {},
      'netstat -ano | findstr /R /C:"^ *TCP  *[^ ]*:3000  *[^ ]*:0 "',
    ],
    [
      'windows-cmd-netstat-listener-udp',
      500,
      'udp',
      {},
      'netstat -ano | findstr /R /C:"^ *UDP  *[^ ]*:500 "',
    ],
    ['windows-cmd-netsh-dynamicport', 1, 'udp', {}, 'netsh int ipv4 show dynamicport udp'],
    [
      'windows-cmd-netsh-excludedportrange',
      1,
      'tcp',
      {},
      'netsh int ipv4 show excludedportrange protocol=tcp',
    ],
    [
      'windows-powershell-sockets-tcp',
      8080,
      'tcp',
      {},
      'Get-NetTCPConnection | Where-Object { $_.LocalPort -eq 8080 -or $_.RemotePort -eq 8080 } | Select-Object LocalAddress, LocalPort, RemoteAddress, RemotePort, State, OwningProcess',
    ],
    ['remote-nmap-reachable-tcp', 22, 'tcp', {}, 'nmap -p 22 localhost; nmap -6 -p 22 localhost'],
    [
      'remote-nmap-reachable-tcp',
      22,
      'tcp',
      { host: '[2001:db8::1]' },
      'nmap -6 -p 22 2001:db8::1',
    ],
    [
      'remote-nmap-reachable-udp',
      161,
      'udp',
      { host: '192.0.2.7' },
      'sudo nmap -sU -p 161 192.0.2.7',
    ],
    [
      'remote-nc-reachable-tcp',
      25,
      'tcp',
      { host: 'mail.example.com' },
      'nc -zv -w 5 mail.example.com 25',
    ],
    [
      'remote-test-netconnection-reachable-tcp',
      3389,
      'tcp',
      { host: '::1' },
      "Test-NetConnection -ComputerName '::1' -Port 3389",
    ],
    [
      'remote-test-netconnection-reachable-tcp',
      3389,
      'tcp',
      { host: '1kb' },
      "Test-NetConnection -ComputerName '1kb' -Port 3389",
    ],
    ['linux-kill-stop-process', 1, 'tcp', { pid: 4242 }, 'kill 4242'],
    ['windows-cmd-taskkill-stop-process', 1, 'tcp', { pid: 4242 }, 'taskkill /PID 4242'],
    ['windows-powershell-stop-process', 1, 'udp', { pid: 4242 }, 'Stop-Process -Id 4242'],
  ] as const)('%s port %i %s', (id, port, protocol, extra, expected) => {
    expect(renderCommand(spec(id), { port, protocol, ...extra })).toBe(expected);
  });
});

describe('renderCommand refuses invalid values with TypeError', () => {
  test.each([-1, 65536, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('port %s', (port) => {
    expect(() => renderCommand(spec('linux-ss-listener-tcp'), { port, protocol: 'tcp' })).toThrow(
      TypeError,
    );
  });

  test.each([0, -1, 2.5, 2 ** 32, undefined])('pid %s', (pid) => {
    expect(() =>
      renderCommand(spec('linux-kill-stop-process'), { port: 1, protocol: 'tcp', pid }),
    ).toThrow(TypeError);
  });

  test.each(['a;b', '', ' localhost', '$(id)'])('host %j', (host) => {
    expect(() =>
      renderCommand(spec('remote-nc-reachable-tcp'), { port: 1, protocol: 'tcp', host }),
    ).toThrow(TypeError);
  });

  test('a protocol the spec does not serve', () => {
    expect(() =>
      renderCommand(spec('linux-ss-listener-tcp'), { port: 1, protocol: 'udp' }),
    ).toThrow(TypeError);
  });

  test('port 0 and 65535 are accepted', () => {
    expect(renderCommand(spec('linux-fuser-listener-tcp'), { port: 0, protocol: 'tcp' })).toBe(
      'sudo fuser -v 0/tcp',
    );
    expect(renderCommand(spec('linux-fuser-listener-tcp'), { port: 65535, protocol: 'tcp' })).toBe(
      'sudo fuser -v 65535/tcp',
    );
  });

  test('a host is ignored by commands that do not use one', () => {
    expect(
      renderCommand(spec('linux-ss-listener-tcp'), { port: 1, protocol: 'tcp', host: 'a;b' }),
    ).toBe("sudo ss -ltnp 'sport = :1'");
  });
});

describe('listCommands and renderCommands', () => {
  test.each([
    [
      'linux',
      'tcp',
      'listener',
      [
        'linux-ss-listener-tcp',
        'linux-lsof-listener-tcp',
        'linux-fuser-listener-tcp',
        'linux-netstat-listener-tcp',
      ],
    ],
    ['linux', 'udp', 'sockets', ['linux-ss-sockets-udp', 'linux-netstat-sockets-udp']],
    ['windows', 'tcp', 'excluded-ranges', ['windows-cmd-netsh-excludedportrange']],
    [
      'remote',
      'udp',
      'reachable',
      [
        'remote-nmap-reachable-udp',
        'remote-nc-reachable-udp',
        'remote-nc-macos-reachable-udp',
        'remote-windows-nmap-reachable-udp',
      ],
    ],
    ['freebsd', 'udp', 'stop-process', ['freebsd-kill-stop-process']],
    ['macos', 'udp', 'excluded-ranges', []],
  ] as [CommandPlatform, Protocol, Intent, string[]][])(
    '%s %s %s',
    (platform, protocol, intent, ids) => {
      expect(listCommands(platform, protocol, intent).map((entry) => entry.id)).toEqual(ids);
    },
  );

  test('renderCommands leaves out stop-process and keeps catalogue order', () => {
    const rendered = renderCommands({ platform: 'windows', protocol: 'tcp', port: 8080 });
    expect(rendered.map(({ spec: entry }) => entry.intent)).toEqual([
      'listener',
      'listener',
      'sockets',
      'sockets',
      'containers',
      'containers',
      'containers',
      'containers',
      'firewall',
      'firewall',
      'firewall',
      'firewall-allow',
      'firewall-allow',
      'ephemeral-range',
      'excluded-ranges',
    ]);
    expect(rendered[0]?.text).toContain(':8080 ');
  });

  test('renderCommands uses the host for remote checks, defaulting to localhost', () => {
    const texts = renderCommands({
      platform: 'remote',
      protocol: 'tcp',
      port: 22,
      from: 'linux',
    }).map(({ text }) => text);
    expect(texts).toEqual([
      'nmap -p 22 localhost; nmap -6 -p 22 localhost',
      'nc -zv -w 5 localhost 22',
    ]);
  });

  test.each([
    ['linux', ['nmap', 'nc'], ['remote-nmap-reachable-tcp', 'remote-nc-reachable-tcp']],
    ['freebsd', ['nmap', 'nc'], ['remote-nmap-reachable-tcp', 'remote-nc-reachable-tcp']],
    ['macos', ['nmap', 'nc'], ['remote-nmap-reachable-tcp', 'remote-nc-macos-reachable-tcp']],
    [
      'windows',
      ['Test-NetConnection', 'nmap'],
      ['remote-test-netconnection-reachable-tcp', 'remote-windows-nmap-reachable-tcp'],
    ],
  ] as const)('checks from another machine on %s use only its tools', (from, tools, ids) => {
    const found = renderCommands({ platform: 'remote', protocol: 'tcp', port: 22, from });
    expect(found.map(({ spec: entry }) => entry.tool)).toEqual(tools);
    expect(found.map(({ spec: entry }) => entry.id)).toEqual(ids);
  });

  test('nmap says it is not installed by default; macOS nc bounds the connect with -G, not -w', () => {
    const nmap = renderCommands({ platform: 'remote', protocol: 'tcp', port: 22, from: 'windows' });
    expect(nmap.find(({ spec: entry }) => entry.tool === 'nmap')?.spec.install).toMatch(
      /not installed by default/,
    );
    const [mac] = renderCommands({
      platform: 'remote',
      protocol: 'tcp',
      port: 22,
      from: 'macos',
    }).filter(({ spec: entry }) => entry.tool === 'nc');
    expect(mac?.text).toBe('nc -zv -G 5 localhost 22');
  });

  test('an address host gets one nmap run; a name gets IPv4 and IPv6 runs', () => {
    const nmap = spec('remote-nmap-reachable-tcp');
    expect(renderCommand(nmap, { port: 80, protocol: 'tcp', host: '127.0.0.1' })).toBe(
      'nmap -p 80 127.0.0.1',
    );
    expect(renderCommand(nmap, { port: 80, protocol: 'tcp', host: '::1' })).toBe(
      'nmap -6 -p 80 ::1',
    );
    expect(renderCommand(nmap, { port: 80, protocol: 'tcp', host: 'localhost' })).toBe(
      'nmap -p 80 localhost; nmap -6 -p 80 localhost',
    );
    const windows = spec('remote-windows-nmap-reachable-udp');
    expect(renderCommand(windows, { port: 53, protocol: 'udp', host: 'localhost' })).toBe(
      'nmap -sU -p 53 localhost & nmap -6 -sU -p 53 localhost',
    );
  });

  test('nc -z over UDP is not described as sending nothing', () => {
    for (const id of ['remote-nc-reachable-udp', 'remote-nc-macos-reachable-udp']) {
      const z = spec(id).flags.find((flag) => flag.token === '-z');
      expect(z?.meaning).toMatch(/sends a few one-byte datagrams/);
    }
  });
});
