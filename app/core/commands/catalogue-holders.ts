/**
 * Commands that find what really stands behind a system process that holds a port (a Windows
 * service inside svchost, HTTP.sys under PID 4, a systemd socket unit under PID 1). They are
 * offered by the output reader instead of a stop command, never on the command list, so
 * renderCommands leaves them out like the stop commands.
 */
import { sources } from './sources.ts';
import type { CommandSpec } from './types.ts';

const both = ['tcp', 'udp'] as const;

/** Commands that name the service behind a process the reader will not offer to stop. */
export const holderCommands: readonly CommandSpec[] = [
  {
    id: 'windows-cmd-tasklist-services-find-holder',
    platform: 'windows',
    shell: 'cmd',
    alsoIn: ['powershell'],
    intent: 'find-holder',
    protocols: both,
    tool: 'tasklist',
    title: 'Which services run in the process (tasklist /svc)',
    template: 'tasklist /svc /fi "PID eq {{pid}}"',
    privilege: 'none',
    flags: [
      { token: '/svc', meaning: 'Lists the Windows services hosted in each process.' },
      {
        token: '/fi "PID eq PID"',
        meaning: 'Filter: only the process with this ID.',
      },
    ],
    output:
      'A table "Image Name  PID  Services", such as "svchost.exe  1234  iphlpsvc": stop or reconfigure that service ' +
      '(services.msc, or sc stop NAME as administrator) rather than the svchost process, which may host others.',
    empty:
      '"INFO: No tasks are running which match the specified criteria." means the PID has ended.',
    source: sources.tasklist,
  },
  {
    id: 'windows-cmd-netsh-http-servicestate-find-holder',
    platform: 'windows',
    shell: 'cmd',
    alsoIn: ['powershell'],
    intent: 'find-holder',
    protocols: ['tcp'],
    tool: 'netsh',
    title: 'Which service registered the address with HTTP.sys (netsh http)',
    template: 'netsh http show servicestate',
    privilege: 'admin',
    privilegeWhy: 'HTTP.sys shows every registration only to an administrator prompt.',
    flags: [
      {
        token: 'http',
        meaning:
          'The context of netsh for HTTP.sys, the kernel HTTP server that PID 4 (System) runs.',
      },
      {
        token: 'show servicestate',
        meaning:
          'Lists the URL groups (such as http://+:80/) and the processes that registered them.',
      },
    ],
    output:
      'Request queues with "Registered URLs" such as "HTTP://+:80/" and the "Process IDs" of the services behind ' +
      'them (IIS is W3SVC, WinRM, SSRS, Skype…): stop or reconfigure that service.',
    empty:
      'A queue list without this port means HTTP.sys is not serving it; SMB (445) and other drivers also run as PID 4.',
    source: sources.netshHttp,
  },
  {
    id: 'linux-systemctl-list-sockets-find-holder',
    platform: 'linux',
    shell: 'sh',
    intent: 'find-holder',
    protocols: both,
    tool: 'systemctl',
    title: 'Which systemd socket unit holds the port (systemctl list-sockets)',
    template:
      "systemctl list-sockets --all | awk -v port={{port}} 'NR == 1 { print; next } " +
      '$1 ~ ":" port "$" { print; found = 1 } END { exit !found }\'',
    privilege: 'none',
    flags: [
      {
        token: 'list-sockets --all',
        meaning:
          'Lists the socket units systemd listens on for services it starts on demand, loaded or not.',
      },
      { token: "awk -v port=PORT '…'", meaning: 'Runs awk with the port number in `port`.' },
      { token: 'NR == 1 { print; next }', meaning: 'Keeps the header line.' },
      {
        token: '$1 ~ ":" port "$"',
        meaning: 'Keeps sockets whose LISTEN address ends in exactly ":PORT".',
      },
      { token: 'END { exit !found }', meaning: 'Exits with 1 when no unit matched, like grep.' },
    ],
    output:
      'The header "LISTEN  UNIT  ACTIVATES", then lines such as "[::]:22  ssh.socket  ssh.service". ' +
      'Free the port with sudo systemctl stop NAME.socket (and disable it to keep it free after a reboot).',
    empty:
      'Only the header and exit code 1: no socket unit listens on this port, so systemd holds it for another reason.',
    exitCodes: { found: 0, notFound: 1 },
    source: sources.systemctl,
  },
];
