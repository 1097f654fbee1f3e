import { awkPortFlags, sudoFlag, sudoWhy } from './flag-notes.ts';
import { sources } from './sources.ts';
import type { CommandSpec, Protocol } from './types.ts';

const lsofNotes = [
  sudoFlag,
  { token: '-n', meaning: 'Shows IP addresses instead of looking up host names (faster).' },
  { token: '-P', meaning: 'Shows port numbers instead of service names.' },
];

function lsof(protocol: Protocol, intent: 'listener' | 'sockets'): CommandSpec {
  const upper = protocol.toUpperCase();
  const listenOnly = protocol === 'tcp' && intent === 'listener';
  return {
    id: `macos-lsof-${intent}-${protocol}`,
    platform: 'macos',
    shell: 'sh',
    intent,
    protocols: [protocol],
    tool: 'lsof',
    title:
      intent === 'listener' ? 'Which process listens (lsof)' : 'Every socket on the port (lsof)',
    template: `sudo lsof -nP -i${upper}:{{port}}${listenOnly ? ' -sTCP:LISTEN' : ''}`,
    privilege: 'sudo',
    privilegeWhy: `${sudoWhy} lsof then prints nothing and exits 1, exactly as for a free port.`,
    flags: [
      ...lsofNotes,
      {
        token: `-i${upper}:PORT`,
        meaning: `Lists only ${upper} sockets with this port at either end.`,
      },
      ...(listenOnly
        ? [
            {
              token: '-sTCP:LISTEN',
              meaning: 'Keeps only listening sockets, dropping connected clients.',
            },
          ]
        : []),
    ],
    output:
      protocol === 'tcp'
        ? 'A header, then COMMAND, PID, USER, FD, TYPE, … and NAME such as *:5000 (LISTEN) or 127.0.0.1:5000->127.0.0.1:61234.'
        : 'A header, then COMMAND, PID, USER, FD, TYPE, … and NAME such as *:5353 (UDP sockets have no state).',
    empty:
      "No output and exit code 1. Without sudo this also happens for another user's process, so empty does not prove the port is free.",
    exitCodes: { found: 0, notFound: 1 },
    source: sources.lsofUpstream,
  };
}

function netstat(protocol: Protocol): CommandSpec {
  return {
    id: `macos-netstat-sockets-${protocol}`,
    platform: 'macos',
    shell: 'sh',
    intent: 'sockets',
    protocols: [protocol],
    tool: 'netstat',
    title: 'Every socket on the port (netstat)',
    template:
      `netstat -anv -p ${protocol} | awk -v port={{port}} ` +
      `'NR <= 2 { print; next } $4 ~ "[.]" port "$" || $5 ~ "[.]" port "$" { print; found = 1 } END { exit !found }'`,
    privilege: 'none',
    flags: [
      { token: '-a', meaning: 'All sockets, including the ones servers listen on.' },
      { token: '-n', meaning: 'Numeric addresses and ports, no name lookups.' },
      { token: '-v', meaning: 'Verbose: adds columns, among them the pid of the owning process.' },
      {
        token: `-p ${protocol}`,
        meaning: `On macOS -p picks the protocol (${protocol}); it does not show programs as on Linux.`,
      },
      ...awkPortFlags('.', '$4 or $5'),
    ],
    output:
      protocol === 'tcp'
        ? 'Two header lines, then rows such as "tcp4 0 0 *.5000 *.* LISTEN … 1234". macOS writes address.port with a dot.'
        : 'Two header lines, then rows such as "udp4 0 0 *.5353 *.* … 1234" (no state for UDP). macOS writes address.port with a dot.',
    empty:
      'Only the two header lines and exit code 1 (set by the awk filter): no socket uses this port.',
    exitCodes: { found: 0, notFound: 1 },
    source: sources.netstatMac,
  };
}

/** macOS commands: lsof for the process, netstat for every socket without sudo. */
export const macosCommands: readonly CommandSpec[] = [
  lsof('tcp', 'listener'),
  lsof('udp', 'listener'),
  lsof('tcp', 'sockets'),
  netstat('tcp'),
  netstat('udp'),
];
