import { sources } from './sources.ts';
import type { CommandSpec, FlagNote } from './types.ts';

const hostNote: FlagNote = {
  token: 'HOST',
  meaning: 'The machine to probe: a host name, an IPv4 address or a bare IPv6 address.',
};

const firewallNote =
  'A firewall that silently drops packets makes a port look filtered or makes the probe wait for its timeout.';

/** Checks run from any machine to see whether a port answers on a host. */
export const remoteCommands: readonly CommandSpec[] = [
  {
    id: 'remote-nmap-reachable-tcp',
    platform: 'remote',
    shell: 'sh',
    intent: 'reachable',
    protocols: ['tcp'],
    tool: 'nmap',
    title: 'Is the TCP port open on the host (nmap)',
    template: 'nmap -p {{port}} {{host}}',
    ipv6Template: 'nmap -6 -p {{port}} {{host}}',
    privilege: 'none',
    flags: [
      {
        token: '-p PORT',
        meaning:
          'Scans only this port. Without root nmap makes a full TCP connection; as root it sends a SYN probe.',
      },
      { token: '-6', meaning: 'Added for an IPv6 address: nmap scans IPv4 unless told otherwise.' },
      hostNote,
    ],
    output: 'A report with a line "PORT/tcp open|closed|filtered SERVICE".',
    empty: `Exit code 0 in every case: read the STATE column. "closed" means the host answered that nothing listens; "filtered" means no answer. ${firewallNote}`,
    exitCodes: { found: 0, notFound: 0 },
    source: sources.nmap,
  },
  {
    id: 'remote-nc-reachable-tcp',
    platform: 'remote',
    shell: 'sh',
    intent: 'reachable',
    protocols: ['tcp'],
    tool: 'nc',
    title: 'Does the TCP port accept connections (nc)',
    template: 'nc -zv -w 5 {{host}} {{port}}',
    privilege: 'none',
    flags: [
      { token: '-z', meaning: 'Only checks that a connection can be made; sends no data.' },
      { token: '-v', meaning: 'Prints the result ("succeeded" or the error) on standard error.' },
      {
        token: '-w 5',
        meaning: 'Gives up after 5 seconds instead of waiting for the system timeout.',
      },
      hostNote,
      { token: 'PORT', meaning: 'The TCP port to try.' },
    ],
    output: '"Connection to HOST PORT port [tcp/*] succeeded!" on standard error.',
    empty: `Exit code 1 with "Connection refused" (nothing listens) or a timeout. ${firewallNote}`,
    exitCodes: { found: 0, notFound: 1 },
    source: sources.nc,
  },
  {
    id: 'remote-nmap-reachable-udp',
    platform: 'remote',
    shell: 'sh',
    intent: 'reachable',
    protocols: ['udp'],
    tool: 'nmap',
    title: 'Is the UDP port open on the host (nmap -sU)',
    template: 'sudo nmap -sU -p {{port}} {{host}}',
    ipv6Template: 'sudo nmap -6 -sU -p {{port}} {{host}}',
    privilege: 'sudo',
    privilegeWhy: 'A UDP scan sends raw packets and reads ICMP replies, which needs root.',
    flags: [
      { token: 'sudo', meaning: 'UDP scanning needs raw sockets, which only root may open.' },
      { token: '-sU', meaning: 'UDP scan instead of TCP.' },
      { token: '-p PORT', meaning: 'Scans only this port.' },
      { token: '-6', meaning: 'Added for an IPv6 address.' },
      hostNote,
    ],
    output: 'A line "PORT/udp open|open|filtered|closed SERVICE".',
    empty:
      'Exit code 0 in every case. "closed" means the host sent an ICMP port-unreachable; "open|filtered" means no reply, which is also what a silent UDP service looks like.',
    exitCodes: { found: 0, notFound: 0 },
    source: sources.nmap,
  },
  {
    id: 'remote-nc-reachable-udp',
    platform: 'remote',
    shell: 'sh',
    intent: 'reachable',
    protocols: ['udp'],
    tool: 'nc',
    title: 'Does the UDP port answer (nc -u)',
    template: 'nc -zvu -w 5 {{host}} {{port}}',
    privilege: 'none',
    flags: [
      { token: '-z', meaning: 'Only probes the port; sends no payload of its own.' },
      { token: '-v', meaning: 'Prints the result on standard error.' },
      { token: '-u', meaning: 'Uses UDP instead of TCP.' },
      { token: '-w 5', meaning: 'Gives up after 5 seconds.' },
      hostNote,
      { token: 'PORT', meaning: 'The UDP port to probe.' },
    ],
    output: '"Connection to HOST PORT port [udp/*] succeeded!" on standard error.',
    empty:
      'Exit code 1 when the host answers that the port is closed. UDP has no handshake: "succeeded" only means no refusal came back, so a firewall that drops packets also "succeeds".',
    exitCodes: { found: 0, notFound: 1 },
    source: sources.nc,
  },
  {
    id: 'remote-test-netconnection-reachable-tcp',
    platform: 'remote',
    shell: 'powershell',
    intent: 'reachable',
    protocols: ['tcp'],
    tool: 'Test-NetConnection',
    title: 'Is the TCP port open on the host (Test-NetConnection)',
    template: 'Test-NetConnection -ComputerName {{host}} -Port {{port}}',
    privilege: 'none',
    flags: [
      { token: '-ComputerName', meaning: 'The host to test: a name or an IP address.' },
      { token: '-Port', meaning: 'The TCP port to connect to.' },
    ],
    output: 'A summary ending in "TcpTestSucceeded : True" when a connection was made.',
    empty: `"TcpTestSucceeded : False" and a warning "TCP connect to … failed": nothing accepted the connection. ${firewallNote}`,
    source: sources.testNetConnection,
  },
];
