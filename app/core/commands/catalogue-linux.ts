import { awkPortFlags, protocolFlag, sudoFlag, sudoWhy } from './flag-notes.ts';
import { sources } from './sources.ts';
import type { CommandSpec, Protocol } from './types.ts';

const upper = (protocol: Protocol): string => protocol.toUpperCase();
const letter = (protocol: Protocol): string => protocol[0] ?? '';

function ssListener(protocol: Protocol): CommandSpec {
  return {
    id: `linux-ss-listener-${protocol}`,
    platform: 'linux',
    shell: 'sh',
    intent: 'listener',
    protocols: [protocol],
    tool: 'ss',
    title: 'Which process listens (ss)',
    template: `sudo ss -l${letter(protocol)}np 'sport = :{{port}}'`,
    privilege: 'sudo',
    privilegeWhy: `${sudoWhy} ss drops the process column silently in that case.`,
    flags: [
      sudoFlag,
      {
        token: '-l',
        meaning:
          protocol === 'tcp'
            ? 'Listening sockets only.'
            : 'Bound, unconnected sockets only (how a UDP server waits).',
      },
      protocolFlag(protocol),
      { token: '-n', meaning: 'Shows port numbers instead of service names such as "http".' },
      {
        token: '-p',
        meaning: 'Shows the process that owns each socket: name, PID and file descriptor.',
      },
      {
        token: "'sport = :PORT'",
        meaning:
          'Filter: the local (source) port equals this port exactly. The quotes keep it one argument.',
      },
    ],
    output:
      `A header line, then one line per socket: ${protocol === 'tcp' ? 'LISTEN' : 'UNCONN'}, queue sizes, ` +
      'the local address:port, the peer, and users:(("name",pid=1234,fd=3)).',
    empty: `Only the header line and exit code 0: nothing is bound to this ${upper(protocol)} port. ss exits 0 either way.`,
    exitCodes: { found: 0, notFound: 0 },
    source: sources.ss,
  };
}

function lsofListener(protocol: Protocol): CommandSpec {
  const tcp = protocol === 'tcp';
  return {
    id: `linux-lsof-listener-${protocol}`,
    platform: 'linux',
    shell: 'sh',
    intent: 'listener',
    protocols: [protocol],
    tool: 'lsof',
    title: 'Which process listens (lsof)',
    template: tcp ? 'sudo lsof -nP -iTCP:{{port}} -sTCP:LISTEN' : 'sudo lsof -nP -iUDP:{{port}}',
    privilege: 'sudo',
    privilegeWhy: `${sudoWhy} lsof then prints nothing at all and exits 1, exactly as for a free port.`,
    flags: [
      sudoFlag,
      { token: '-n', meaning: 'Shows IP addresses instead of looking up host names (faster).' },
      { token: '-P', meaning: 'Shows port numbers instead of service names.' },
      {
        token: `-i${upper(protocol)}:PORT`,
        meaning: `Lists only ${upper(protocol)} sockets with this port at either end.`,
      },
      ...(tcp
        ? [
            {
              token: '-sTCP:LISTEN',
              meaning:
                'Keeps only sockets in the LISTEN state, dropping clients connected to the port.',
            },
          ]
        : []),
    ],
    output: tcp
      ? 'A header, then COMMAND, PID, USER, FD, TYPE (IPv4/IPv6), … and NAME such as 127.0.0.1:8080 (LISTEN).'
      : 'A header, then COMMAND, PID, USER, FD, TYPE (IPv4/IPv6), … and NAME such as *:5353 (UDP sockets have no state).',
    empty:
      "No output and exit code 1. Without sudo this also happens when another user's process holds the port, so empty does not prove the port is free.",
    exitCodes: { found: 0, notFound: 1 },
    source: sources.lsof,
  };
}

function fuserListener(protocol: Protocol): CommandSpec {
  return {
    id: `linux-fuser-listener-${protocol}`,
    platform: 'linux',
    shell: 'sh',
    intent: 'listener',
    protocols: [protocol],
    tool: 'fuser',
    title: 'Which process uses the port (fuser)',
    template: `sudo fuser -v {{port}}/${protocol}`,
    privilege: 'sudo',
    privilegeWhy: `${sudoWhy} fuser then reports nothing and exits 1.`,
    flags: [
      sudoFlag,
      {
        token: '-v',
        meaning: 'Verbose: prints a table with USER, PID, ACCESS and COMMAND for each process.',
      },
      {
        token: `PORT/${protocol}`,
        meaning: `The local ${upper(protocol)} port to look up (short for -n ${protocol} PORT).`,
      },
    ],
    output:
      `The table goes to standard error: "PORT/${protocol}:  root  1234 F.... node"; only the PIDs go to standard ` +
      'output. It also lists a client whose own local port happens to be this one.',
    empty:
      'No output and exit code 1: no process has a socket on this local port (or, without sudo, none you may see).',
    exitCodes: { found: 0, notFound: 1 },
    source: sources.fuser,
  };
}

function netstatFiltered(protocol: Protocol, intent: 'listener' | 'sockets'): CommandSpec {
  const listener = intent === 'listener';
  const columns = listener ? '$4 ~ ":" port "$"' : '$4 ~ ":" port "$" || $5 ~ ":" port "$"';
  return {
    id: `linux-netstat-${intent}-${protocol}`,
    platform: 'linux',
    shell: 'sh',
    intent,
    protocols: [protocol],
    tool: 'netstat',
    title: listener ? 'Which process listens (netstat)' : 'Every socket on the port (netstat)',
    template:
      `sudo netstat -${letter(protocol)}${listener ? 'l' : 'a'}np | awk -v port={{port}} ` +
      `'NR <= 2 { print; next } ${columns} { print; found = 1 } END { exit !found }'`,
    privilege: 'sudo',
    privilegeWhy: `${sudoWhy} netstat shows "-" in the PID/Program column and prints a notice.`,
    flags: [
      sudoFlag,
      protocolFlag(protocol),
      listener
        ? { token: '-l', meaning: 'Listening sockets only (for UDP: bound sockets).' }
        : { token: '-a', meaning: 'All sockets: listening ones and connections.' },
      { token: '-n', meaning: 'Numeric addresses and ports, no name lookups.' },
      { token: '-p', meaning: 'Adds the PID/Program name column.' },
      ...awkPortFlags(':', listener ? '$4' : '$4 or $5'),
    ],
    output:
      protocol === 'tcp'
        ? 'Two header lines, then rows such as "tcp  0  0 127.0.0.1:8080  0.0.0.0:*  LISTEN  1234/node".'
        : 'Two header lines, then rows such as "udp  0  0 0.0.0.0:5353  0.0.0.0:*  1234/avahi-daemon" (UDP rows leave the State column empty).',
    empty: 'Only the two header lines and exit code 1 (set by the awk filter): no matching socket.',
    exitCodes: { found: 0, notFound: 1 },
    source: sources.netstatLinux,
  };
}

function ssSockets(protocol: Protocol): CommandSpec {
  return {
    ...ssListener(protocol),
    id: `linux-ss-sockets-${protocol}`,
    intent: 'sockets',
    title: 'Every socket on the port (ss)',
    template: `sudo ss -${letter(protocol)}anp '( sport = :{{port}} or dport = :{{port}} )'`,
    flags: [
      sudoFlag,
      protocolFlag(protocol),
      { token: '-a', meaning: 'All sockets: listening, connected and unconnected.' },
      { token: '-n', meaning: 'Shows port numbers instead of service names.' },
      { token: '-p', meaning: 'Shows the owning process: name, PID and file descriptor.' },
      {
        token: "'( sport = :PORT or dport = :PORT )'",
        meaning: 'Filter: the local or the remote port equals this port exactly.',
      },
    ],
    output:
      'A header, then one line per socket with its state (LISTEN, ESTAB, UNCONN…), both addresses and the owning process.',
    empty: 'Only the header line and exit code 0: no socket uses this port at either end.',
  };
}

/** Linux commands: ss, lsof, fuser and netstat, checked on Debian 12 by the system test. */
export const linuxCommands: readonly CommandSpec[] = [
  ssListener('tcp'),
  ssListener('udp'),
  lsofListener('tcp'),
  lsofListener('udp'),
  fuserListener('tcp'),
  fuserListener('udp'),
  netstatFiltered('tcp', 'listener'),
  netstatFiltered('udp', 'listener'),
  ssSockets('tcp'),
  ssSockets('udp'),
  {
    ...lsofListener('tcp'),
    id: 'linux-lsof-sockets-tcp',
    intent: 'sockets',
    title: 'Every socket on the port (lsof)',
    template: 'sudo lsof -nP -iTCP:{{port}}',
    flags: lsofListener('tcp').flags.filter((flag) => flag.token !== '-sTCP:LISTEN'),
    output:
      'A header, then the listener and every connection to or from the port, with COMMAND, PID and both ends.',
  },
  netstatFiltered('tcp', 'sockets'),
  netstatFiltered('udp', 'sockets'),
];
