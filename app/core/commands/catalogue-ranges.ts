import { sources } from './sources.ts';
import type { CommandSpec } from './types.ts';

const both = ['tcp', 'udp'] as const;

const bsdSysctl = (platform: 'macos' | 'freebsd'): CommandSpec => ({
  id: `${platform}-sysctl-ephemeral-range`,
  platform,
  shell: 'sh',
  intent: 'ephemeral-range',
  protocols: both,
  tool: 'sysctl',
  title: 'Ephemeral port range (sysctl)',
  template: 'sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last',
  privilege: 'none',
  flags: [
    {
      token: 'net.inet.ip.portrange.first',
      meaning: 'Lowest port the system hands out for outgoing connections.',
    },
    { token: 'net.inet.ip.portrange.last', meaning: 'Highest such port.' },
  ],
  output: `Two lines such as "net.inet.ip.portrange.first: ${platform === 'macos' ? '49152' : '10000'}" and "net.inet.ip.portrange.last: 65535".`,
  empty: 'It always prints both values; an "unknown oid" error means the name was mistyped.',
  source: platform === 'macos' ? sources.xnuPortRange : sources.freebsdInet,
});

/**
 * netsh reads its arguments the same way in Command Prompt and PowerShell, so each netsh command
 * is listed once (as a Command Prompt command that also runs in PowerShell): listing it per shell
 * showed Windows users the same card twice.
 */
function netsh(intent: 'ephemeral-range' | 'excluded-ranges'): CommandSpec {
  const dynamic = intent === 'ephemeral-range';
  return {
    id: `windows-cmd-netsh-${dynamic ? 'dynamicport' : 'excludedportrange'}`,
    platform: 'windows',
    shell: 'cmd',
    alsoIn: ['powershell'],
    intent,
    protocols: both,
    tool: 'netsh',
    title: dynamic
      ? 'Ephemeral (dynamic) port range (netsh)'
      : 'Port ranges Windows has reserved (netsh)',
    template: dynamic
      ? 'netsh int ipv4 show dynamicport {{protocol}}'
      : 'netsh int ipv4 show excludedportrange protocol={{protocol}}',
    privilege: 'none',
    flags: [
      {
        token: 'int ipv4',
        meaning: 'The IPv4 interface context of netsh (use ipv6 for the IPv6 settings).',
      },
      dynamic
        ? {
            token: 'show dynamicport',
            meaning: 'Shows the range Windows picks outgoing (ephemeral) ports from.',
          }
        : {
            token: 'show excludedportrange',
            meaning:
              'Lists port ranges reserved by Hyper-V, WSL, Docker or an administrator; nothing can bind there.',
          },
      dynamic
        ? { token: 'tcp / udp', meaning: 'The protocol whose range to show.' }
        : {
            token: 'protocol=tcp / protocol=udp',
            meaning: 'The protocol whose reservations to list.',
          },
    ],
    output: dynamic
      ? 'Two lines: "Start Port : 49152" and "Number of Ports : 16384" (the range ends at start + number − 1).'
      : 'A table of "Start Port  End Port" rows; a * marks exclusions an administrator added.',
    empty: dynamic ? 'It always prints the range.' : 'Only the table header: nothing is reserved.',
    ...(dynamic
      ? {}
      : {
          warning:
            'A port inside a listed range cannot be bound although nothing listens on it: the program gets a permission error (WSAEACCES, 10013; Node prints "listen EACCES"), not "address already in use", and netstat shows no listener.',
        }),
    source: dynamic ? sources.netshDynamic : sources.netshExcluded,
  };
}

/** Commands that show the ephemeral range (all platforms) and the reserved ranges (Windows). */
export const rangeCommands: readonly CommandSpec[] = [
  {
    id: 'linux-sysctl-ephemeral-range',
    platform: 'linux',
    shell: 'sh',
    intent: 'ephemeral-range',
    protocols: both,
    tool: 'sysctl',
    title: 'Ephemeral port range (sysctl)',
    template: 'sysctl net.ipv4.ip_local_port_range',
    privilege: 'none',
    flags: [
      {
        token: 'net.ipv4.ip_local_port_range',
        meaning: 'First and last local port Linux picks for outgoing TCP and UDP (IPv6 too).',
      },
    ],
    output:
      'One line: "net.ipv4.ip_local_port_range = 32768 60999" (the default since kernel 4.2).',
    empty: 'It always prints the two numbers.',
    source: sources.ipSysctl,
  },
  {
    id: 'linux-proc-ephemeral-range',
    platform: 'linux',
    shell: 'sh',
    intent: 'ephemeral-range',
    protocols: both,
    tool: 'cat',
    title: 'Ephemeral port range (/proc)',
    template: 'cat /proc/sys/net/ipv4/ip_local_port_range',
    privilege: 'none',
    flags: [
      {
        token: '/proc/sys/net/ipv4/ip_local_port_range',
        meaning: 'The same setting as a file; works where sysctl is not installed.',
      },
    ],
    output: 'Two numbers: the first and last ephemeral port, e.g. "32768 60999".',
    empty: 'It always prints the two numbers.',
    source: sources.ipSysctl,
  },
  bsdSysctl('macos'),
  bsdSysctl('freebsd'),
  netsh('ephemeral-range'),
  netsh('excluded-ranges'),
];
