import { sources } from './sources.ts';
import type { CommandSpec, SourceRef } from './types.ts';

const both = ['tcp', 'udp'] as const;

const warning =
  'This ends the process: unsaved work in it is lost, and if it is a system service it may restart or ' +
  'leave something broken. Check the PID belongs to the program you expect before you run it.';

function unixKill(platform: 'linux' | 'macos' | 'freebsd', source: SourceRef): CommandSpec {
  return {
    id: `${platform}-kill-stop-process`,
    platform,
    shell: 'sh',
    intent: 'stop-process',
    protocols: both,
    tool: 'kill',
    title: 'Stop the process (kill)',
    template: 'kill {{pid}}',
    privilege: 'none',
    privilegeWhy:
      'Enough for your own processes; a process of another user (a system service) needs sudo kill.',
    flags: [
      {
        token: 'PID',
        meaning:
          'The process ID shown by the commands above. kill sends SIGTERM, asking it to exit cleanly.',
      },
    ],
    output:
      'Nothing when the signal was sent. The process may take a moment to exit; run the check again.',
    empty:
      'Silence and exit code 0 mean the signal was delivered. "No such process" (exit 1) means it already ended.',
    warning,
    source,
  };
}

/** Commands that end the process holding a port, each with a plain warning. */
export const stopCommands: readonly CommandSpec[] = [
  unixKill('linux', sources.killLinux),
  unixKill('macos', sources.killPosix),
  unixKill('freebsd', sources.killFreebsd),
  {
    id: 'windows-cmd-taskkill-stop-process',
    platform: 'windows',
    shell: 'cmd',
    intent: 'stop-process',
    protocols: both,
    tool: 'taskkill',
    title: 'Stop the process (taskkill)',
    template: 'taskkill /PID {{pid}}',
    privilege: 'none',
    privilegeWhy:
      'Enough for your own processes; a service or another user\'s process needs a prompt opened with "Run as administrator".',
    flags: [
      {
        token: '/PID',
        meaning: 'Selects the process by its ID (the last column of netstat -ano).',
      },
      {
        token: 'PID',
        meaning: 'The process ID to end. Without /F, taskkill asks the program to close.',
      },
    ],
    output: 'SUCCESS: Sent termination signal to the process with PID 1234.',
    empty:
      'An ERROR line instead: the PID does not exist, access is denied, or the program can only be ended forcefully (add /F, at the cost of any unsaved work).',
    warning,
    source: sources.taskkill,
  },
  {
    id: 'windows-powershell-stop-process',
    platform: 'windows',
    shell: 'powershell',
    intent: 'stop-process',
    protocols: both,
    tool: 'Stop-Process',
    title: 'Stop the process (Stop-Process)',
    template: 'Stop-Process -Id {{pid}}',
    privilege: 'none',
    privilegeWhy:
      'Enough for your own processes; another user\'s process needs PowerShell started with "Run as administrator".',
    flags: [
      {
        token: '-Id',
        meaning:
          'The process ID to stop (OwningProcess in the output above). The process is ended at once.',
      },
    ],
    output: 'Nothing on success.',
    empty: 'An error "Cannot find a process with the process identifier …" means it already ended.',
    warning,
    source: sources.stopProcess,
  },
];
