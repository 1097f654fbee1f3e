import { sources } from './sources.ts';
import type { CommandSpec, FlagNote, Protocol } from './types.ts';

const netstatFlags: FlagNote[] = [
  { token: '-a', meaning: 'All connections and listening ports.' },
  { token: '-n', meaning: 'Numeric addresses and ports, no name lookups.' },
  { token: '-o', meaning: 'Adds the PID of the owning process (no administrator rights needed).' },
  { token: '|', meaning: 'Passes the table to findstr, which keeps the lines for this port.' },
  { token: '/R', meaning: 'findstr: treat the search string as a regular expression.' },
  {
    token: '/C:"…"',
    meaning: 'findstr: search for the whole string, spaces included, instead of for each word.',
  },
];

const pidToName = 'The last column is the PID; "tasklist /FI "PID eq 1234"" names the program.';

function cmdNetstat(protocol: Protocol, intent: 'listener' | 'sockets'): CommandSpec {
  const upper = protocol.toUpperCase();
  const listener = intent === 'listener';
  const pattern = listener
    ? protocol === 'tcp'
      ? '^ *TCP  *[^ ]*:{{port}}  *[^ ]*:0 '
      : '^ *UDP  *[^ ]*:{{port}} '
    : '^ *TCP .*:{{port}} ';
  const meaning = listener
    ? protocol === 'tcp'
      ? 'Lines starting with TCP whose local address (second column) ends in exactly ":PORT" and whose remote port is 0, which is how listening sockets show. Matching the whole column keeps 80 from matching 8080, and avoids the state word, which is translated on non-English Windows.'
      : 'Lines starting with UDP whose local address (second column) ends in exactly ":PORT".'
    : 'Lines starting with TCP where either address ends in exactly ":PORT" followed by a space, so 80 never matches 8080 or a PID.';
  return {
    id: `windows-cmd-netstat-${intent}-${protocol}`,
    platform: 'windows',
    shell: 'cmd',
    intent,
    protocols: [protocol],
    tool: 'netstat',
    title: listener ? 'Which process listens (netstat)' : 'Every connection on the port (netstat)',
    template: `netstat -ano | findstr /R /C:"${pattern}"`,
    privilege: 'none',
    flags: [...netstatFlags, { token: `"${pattern.replace('{{port}}', 'PORT')}"`, meaning }],
    output: `Rows such as "  ${upper}    0.0.0.0:5000    ${protocol === 'tcp' ? '0.0.0.0:0    LISTENING' : '*:*'}    1234". ${pidToName}`,
    empty: 'No output and exit code 1 (from findstr): nothing matches this port.',
    exitCodes: { found: 0, notFound: 1 },
    source: sources.netstatWindows,
  };
}

export const processColumn =
  "@{Name='ProcessName'; Expression={(Get-Process -Id $_.OwningProcess).ProcessName}}";

const selectFlags: FlagNote[] = [
  {
    token: '-ErrorAction SilentlyContinue',
    meaning:
      'Without it the cmdlet throws an error instead of returning nothing when no socket matches.',
  },
  { token: '| Select-Object …', meaning: 'Picks the columns to show.' },
  {
    token: "@{Name='ProcessName'; …}",
    meaning: 'Adds a column with the program name, looked up from OwningProcess with Get-Process.',
  },
];

/** Windows commands for Command Prompt (netstat, findstr) and PowerShell (NetTCPIP cmdlets). */
export const windowsCommands: readonly CommandSpec[] = [
  cmdNetstat('tcp', 'listener'),
  cmdNetstat('udp', 'listener'),
  cmdNetstat('tcp', 'sockets'),
  {
    id: 'windows-powershell-listener-tcp',
    platform: 'windows',
    shell: 'powershell',
    intent: 'listener',
    protocols: ['tcp'],
    tool: 'Get-NetTCPConnection',
    title: 'Which process listens (Get-NetTCPConnection)',
    template: `Get-NetTCPConnection -LocalPort {{port}} -State Listen -ErrorAction SilentlyContinue | Select-Object LocalAddress, LocalPort, OwningProcess, ${processColumn}`,
    privilege: 'none',
    flags: [
      { token: '-LocalPort', meaning: 'Only connections whose local port is exactly this number.' },
      { token: '-State Listen', meaning: 'Only listening sockets.' },
      ...selectFlags,
    ],
    output:
      'A table with LocalAddress, LocalPort, OwningProcess (the PID) and ProcessName, one row per listening address.',
    empty: 'No output: nothing listens on this TCP port.',
    source: sources.getNetTcpConnection,
  },
  {
    id: 'windows-powershell-listener-udp',
    platform: 'windows',
    shell: 'powershell',
    intent: 'listener',
    protocols: ['udp'],
    tool: 'Get-NetUDPEndpoint',
    title: 'Which process listens (Get-NetUDPEndpoint)',
    template: `Get-NetUDPEndpoint -LocalPort {{port}} -ErrorAction SilentlyContinue | Select-Object LocalAddress, LocalPort, OwningProcess, ${processColumn}`,
    privilege: 'none',
    flags: [
      { token: '-LocalPort', meaning: 'Only UDP endpoints bound to exactly this local port.' },
      ...selectFlags,
    ],
    output: 'A table with LocalAddress, LocalPort, OwningProcess (the PID) and ProcessName.',
    empty: 'No output: no UDP endpoint is bound to this port.',
    source: sources.getNetUdpEndpoint,
  },
  {
    id: 'windows-powershell-sockets-tcp',
    platform: 'windows',
    shell: 'powershell',
    intent: 'sockets',
    protocols: ['tcp'],
    tool: 'Get-NetTCPConnection',
    title: 'Every connection on the port (Get-NetTCPConnection)',
    template:
      'Get-NetTCPConnection | Where-Object { $_.LocalPort -eq {{port}} -or $_.RemotePort -eq {{port}} } | ' +
      'Select-Object LocalAddress, LocalPort, RemoteAddress, RemotePort, State, OwningProcess',
    privilege: 'none',
    flags: [
      { token: 'Get-NetTCPConnection', meaning: 'Lists every TCP socket of this computer.' },
      {
        token: '| Where-Object { … }',
        meaning:
          'Keeps sockets whose local or remote port equals the port exactly (-eq compares numbers).',
      },
      { token: '| Select-Object …', meaning: 'Shows both ends, the state and the owning PID.' },
    ],
    output:
      'A table with both addresses and ports, the State (Listen, Established, TimeWait…) and OwningProcess.',
    empty: 'No output: no TCP socket uses this port at either end.',
    source: sources.getNetTcpConnection,
  },
];
