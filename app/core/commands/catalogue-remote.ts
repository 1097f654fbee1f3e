import type { PlatformId } from '../platform/platform-ids.ts';
import { sources } from './sources.ts';
import type { CommandSpec, FlagNote, Protocol, Shell, SourceRef } from './types.ts';

const hostNote: FlagNote = {
  token: 'HOST',
  meaning: 'The machine to probe: a host name, an IPv4 address or a bare IPv6 address.',
};

const firewallNote =
  'A firewall that silently drops packets makes a port look filtered or makes the probe wait for its timeout; one that rejects them makes it look closed.';

const unix: readonly PlatformId[] = ['linux', 'macos', 'freebsd'];

const nmapInstall =
  'nmap is not installed by default: install the nmap package (apt, dnf, brew, pkg) or, on Windows, the installer from nmap.org.';

/** nmap for one protocol, in sh (Linux, macOS, FreeBSD) or Command Prompt (Windows). */
function nmap(protocol: Protocol, shell: Shell): CommandSpec {
  const udp = protocol === 'udp';
  const windows = shell === 'cmd';
  const sudo = udp && !windows ? 'sudo ' : '';
  const scan = udp ? '-sU -p {{port}}' : '-p {{port}}';
  // cmd runs the second command after the first with `&`, sh with `;`: both run whatever the first printed.
  const then = windows ? ' & ' : '; ';
  return {
    id: windows ? `remote-windows-nmap-reachable-${protocol}` : `remote-nmap-reachable-${protocol}`,
    platform: 'remote',
    shell,
    intent: 'reachable',
    protocols: [protocol],
    tool: 'nmap',
    title: udp
      ? 'Is the UDP port open on the host (nmap -sU)'
      : 'Is the TCP port open on the host (nmap)',
    template: `${sudo}nmap ${scan} {{host}}`,
    ipv6Template: `${sudo}nmap -6 ${scan} {{host}}`,
    nameTemplate: `${sudo}nmap ${scan} {{host}}${then}${sudo}nmap -6 ${scan} {{host}}`,
    runsOn: windows ? ['windows'] : unix,
    install: nmapInstall,
    privilege: udp ? (windows ? 'admin' : 'sudo') : 'none',
    ...(udp
      ? {
          privilegeWhy: windows
            ? 'A UDP scan sends raw packets, which needs a prompt opened with "Run as administrator".'
            : 'A UDP scan sends raw packets and reads ICMP replies, which needs root.',
        }
      : {}),
    flags: [
      ...(udp && !windows
        ? [{ token: 'sudo', meaning: 'UDP scanning needs raw sockets, which only root may open.' }]
        : []),
      ...(udp ? [{ token: '-sU', meaning: 'UDP scan instead of TCP.' }] : []),
      {
        token: '-p PORT',
        meaning: udp
          ? 'Scans only this port.'
          : 'Scans only this port. Without root nmap makes a full TCP connection; as root it sends a SYN probe.',
      },
      {
        token: '-6',
        meaning:
          'Scans an IPv6 address. nmap scans one address per name, IPv4 first, and lists the others as "not scanned"; so for a name (such as localhost, which is also ::1) a second run with -6 scans the IPv6 side.',
      },
      hostNote,
    ],
    output: udp
      ? 'A line "PORT/udp STATE SERVICE" for each run, where STATE is open, open|filtered or closed.'
      : 'A report with a line "PORT/tcp open|closed|filtered SERVICE" for each run.',
    empty: udp
      ? 'Exit code 0 in every case. "closed" means the host sent an ICMP port-unreachable; "open|filtered" means no reply, which is also what a silent UDP service looks like.'
      : `Exit code 0 in every case: read the STATE column. "closed" means the host answered that nothing listens; "filtered" means no answer. ${firewallNote}`,
    exitCodes: { found: 0, notFound: 0 },
    source: sources.nmap,
  };
}

/** nc from OpenBSD (Linux, FreeBSD) or Apple (macOS): the same -z probe, different timeout flags. */
function nc(protocol: Protocol, platform: 'macos' | 'other'): CommandSpec {
  const udp = protocol === 'udp';
  const mac = platform === 'macos';
  // Apple's nc bounds the connection attempt with -G; its -w is an idle timeout, which a TCP
  // connect that hangs never reaches. UDP has no connection, so -w bounds the wait there.
  const timeout = mac && !udp ? '-G 5' : '-w 5';
  const source: SourceRef = mac ? sources.ncMacos : sources.nc;
  return {
    id: `remote-nc${mac ? '-macos' : ''}-reachable-${protocol}`,
    platform: 'remote',
    shell: 'sh',
    intent: 'reachable',
    protocols: [protocol],
    tool: 'nc',
    title: udp ? 'Does the UDP port answer (nc -u)' : 'Does the TCP port accept connections (nc)',
    template: `nc -zv${udp ? 'u' : ''} ${timeout} {{host}} {{port}}`,
    runsOn: mac ? ['macos'] : ['linux', 'freebsd'],
    privilege: 'none',
    flags: [
      {
        token: '-z',
        meaning: udp
          ? 'Probes without a payload of your own. Over UDP nc still sends a few one-byte datagrams, to see whether a "port unreachable" comes back.'
          : 'Only checks that a connection can be made; sends no data.',
      },
      { token: '-v', meaning: 'Prints the result ("succeeded" or the error) on standard error.' },
      ...(udp ? [{ token: '-u', meaning: 'Uses UDP instead of TCP.' }] : []),
      timeout === '-G 5'
        ? {
            token: '-G 5',
            meaning:
              'Gives up connecting after 5 seconds (on macOS, -w is an idle timeout and does not bound the connection attempt).',
          }
        : {
            token: '-w 5',
            meaning: udp
              ? 'Waits at most 5 seconds for an answer.'
              : 'Gives up after 5 seconds instead of waiting for the system timeout.',
          },
      { ...hostNote, meaning: `${hostNote.meaning} With a name, nc tries each of its addresses.` },
      { token: 'PORT', meaning: udp ? 'The UDP port to probe.' : 'The TCP port to try.' },
    ],
    output: `"Connection to HOST PORT port [${protocol}/*] succeeded!" on standard error.`,
    empty: udp
      ? 'Exit code 1 when the host answers that the port is closed. UDP has no handshake: "succeeded" only means no refusal came back, so a firewall that drops packets also "succeeds".'
      : `Exit code 1 with an error: "Connection refused" (nothing listens, or a firewall rejects), "timed out" (no answer), or "No route to host" / "Network is unreachable" (the port was never reached). ${firewallNote}`,
    exitCodes: { found: 0, notFound: 1 },
    source,
  };
}

/** Checks run from any machine to see whether a port answers on a host, each on the platforms that have it. */
export const remoteCommands: readonly CommandSpec[] = [
  nmap('tcp', 'sh'),
  nc('tcp', 'other'),
  nc('tcp', 'macos'),
  nmap('udp', 'sh'),
  nc('udp', 'other'),
  nc('udp', 'macos'),
  {
    id: 'remote-test-netconnection-reachable-tcp',
    platform: 'remote',
    shell: 'powershell',
    intent: 'reachable',
    protocols: ['tcp'],
    tool: 'Test-NetConnection',
    title: 'Is the TCP port open on the host (Test-NetConnection)',
    template: 'Test-NetConnection -ComputerName {{host}} -Port {{port}}',
    runsOn: ['windows'],
    privilege: 'none',
    flags: [
      {
        token: '-ComputerName',
        meaning:
          'The host to test: a name or an IP address. With a name it tests one address; RemoteAddress in the output says which.',
      },
      { token: '-Port', meaning: 'The TCP port to connect to.' },
    ],
    output: 'A summary ending in "TcpTestSucceeded : True" when a connection was made.',
    empty:
      '"TcpTestSucceeded : False" and a warning "TCP connect to … failed": no connection was made. It does not say why: nothing listening, a firewall dropping or rejecting the connection, and an unreachable host all look the same.',
    source: sources.testNetConnection,
  },
  nmap('tcp', 'cmd'),
  nmap('udp', 'cmd'),
];
