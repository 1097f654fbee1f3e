import { sudoFlag, sudoWhy } from './flag-notes.ts';
import { sources } from './sources.ts';
import type { CommandSpec, Protocol } from './types.ts';

const privilegeWhy = `${sudoWhy} FreeBSD has no sudo in the base system: install it, or use doas or su.`;

function sockstat(protocol: Protocol, intent: 'listener' | 'sockets'): CommandSpec {
  const listenOnly = protocol === 'tcp' && intent === 'listener';
  const withState = protocol === 'tcp' && intent === 'sockets';
  return {
    id: `freebsd-sockstat-${intent}-${protocol}`,
    platform: 'freebsd',
    shell: 'sh',
    intent,
    protocols: [protocol],
    tool: 'sockstat',
    title:
      intent === 'listener'
        ? 'Which process listens (sockstat)'
        : 'Every socket on the port (sockstat)',
    template: `sudo sockstat -46${listenOnly ? ' -l' : ''}${withState ? ' -s' : ''} -P ${protocol} -p {{port}}`,
    privilege: 'sudo',
    privilegeWhy,
    flags: [
      sudoFlag,
      { token: '-4', meaning: 'IPv4 sockets.' },
      { token: '-6', meaning: 'IPv6 sockets (with -4: both, and no Unix sockets).' },
      ...(listenOnly ? [{ token: '-l', meaning: 'Listening sockets only.' }] : []),
      ...(withState
        ? [{ token: '-s', meaning: 'Adds the TCP state column (LISTEN, ESTABLISHED…).' }]
        : []),
      { token: `-P ${protocol}`, meaning: `Only ${protocol.toUpperCase()} sockets.` },
      {
        token: '-p PORT',
        meaning: 'Only sockets whose local or foreign port is exactly this port.',
      },
    ],
    output:
      'A header, then USER, COMMAND, PID, FD, PROTO, LOCAL ADDRESS (e.g. *:5000) and FOREIGN ADDRESS.',
    empty:
      'Only the header line and exit code 0: nothing uses this port (or, without root, nothing you may see).',
    exitCodes: { found: 0, notFound: 0 },
    source: sources.sockstat,
  };
}

/** FreeBSD commands: sockstat from the base system. */
export const freebsdCommands: readonly CommandSpec[] = [
  sockstat('tcp', 'listener'),
  sockstat('udp', 'listener'),
  sockstat('tcp', 'sockets'),
];
