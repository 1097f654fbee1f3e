/** Formats missing from the shared corpus, as small samples written from the documented layouts. */
import { describe, expect, test } from 'vitest';
import { detectTool, parseOutput } from '../../../../app/core/output/index.ts';
import type { SocketRow, ToolId } from '../../../../app/core/output/index.ts';

const PS_TCP_TABLE = `
LocalAddress                        LocalPort RemoteAddress                       RemotePort State       AppliedSetting OwningProcess
------------                        --------- -------------                       ---------- -----       -------------- -------------
::                                      49669 ::                                           0 Listen                              3788
0.0.0.0                                    80 0.0.0.0                                      0 Listen                                 4
192.168.1.20                            52114 140.82.113.26                              443 Established Internet                9212
127.0.0.1                               50001 127.0.0.1                                 8080 TimeWait                                 0
`;

const PS_TCP_LIST = `
LocalAddress   : 127.0.0.1
LocalPort      : 8080
RemoteAddress  : 0.0.0.0
RemotePort     : 0
State          : Listen
AppliedSetting :
OwningProcess  : 15312
CreationTime   : 14/03/2025 09:12:44
OffloadState   : InHost

LocalAddress   : 127.0.0.1
LocalPort      : 8080
RemoteAddress  : 127.0.0.1
RemotePort     : 61544
State          : Established
AppliedSetting : Internet
OwningProcess  : 15312
CreationTime   : 14/03/2025 09:13:02
OffloadState   : InHost
`;

const PS_UDP_TABLE = `PS C:\\> Get-NetUDPEndpoint -LocalPort 5353

LocalAddress                             LocalPort
------------                             ---------
::                                            5353
0.0.0.0                                       5353
`;

const PS_NOT_FOUND = `Get-NetTCPConnection : No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '8080'.  Verify the value of the property and retry.
At line:1 char:1
+ Get-NetTCPConnection -LocalPort 8080
    + CategoryInfo          : ObjectNotFound: (8080:UInt16) [Get-NetTCPConnection], CimJobException`;

const PS_PROCESS = `
Handles  NPM(K)    PM(K)      WS(K)     CPU(s)     Id  SI ProcessName
-------  ------    -----      -----     ------     --  -- -----------
    412      28    45112      61204       2.34  15312   1 node
`;

const PS_TEST_CONNECTION = `
ComputerName     : example.org
RemoteAddress    : 93.184.215.14
RemotePort       : 443
InterfaceAlias   : Wi-Fi
SourceAddress    : 192.168.1.20
TcpTestSucceeded : True
`;

const SOCKSTAT = `USER     COMMAND    PID   FD PROTO  LOCAL ADDRESS         FOREIGN ADDRESS
www      nginx      1234  6  tcp4   *:80                  *:*
root     sshd       812   4  tcp6   *:22                  *:*
root     sshd       812   5  tcp4   *:22                  *:*
root     sshd       2201  5  tcp4   192.168.1.5:22        192.168.1.20:52114
root     syslogd    600   6  udp4   *:514                 *:*
?        ?          ?     ?  tcp4   127.0.0.1:25          127.0.0.1:41822
`;

const SOCKSTAT_STATES = `USER     COMMAND    PID   FD  PROTO  LOCAL ADDRESS         FOREIGN ADDRESS       PATH STATE   CONN STATE
www      nginx      1234  6   tcp4   *:80                  *:*                                  LISTEN
`;

interface Case {
  name: string;
  text: string;
  tool: ToolId;
  rows: number;
  has?: Partial<SocketRow>[];
  queryPort?: number;
  processes?: number[];
}

const CASES: Case[] = [
  {
    name: 'Get-NetTCPConnection table',
    text: PS_TCP_TABLE,
    tool: 'powershell',
    rows: 4,
    has: [
      { protocol: 'tcp', localAddress: '0.0.0.0', localPort: 80, state: 'LISTEN', pid: 4 },
      { localAddress: '::', localPort: 49669, ipVersion: 6, pid: 3788 },
      { localPort: 52114, remotePort: 443, state: 'ESTABLISHED', pid: 9212 },
      { localPort: 50001, remotePort: 8080, state: 'TIME_WAIT' },
    ],
  },
  {
    name: 'Get-NetTCPConnection list',
    text: PS_TCP_LIST,
    tool: 'powershell',
    rows: 2,
    has: [
      { localPort: 8080, state: 'LISTEN', pid: 15312 },
      { remotePort: 61544, state: 'ESTABLISHED' },
    ],
  },
  {
    name: 'Get-NetUDPEndpoint table after a prompt',
    text: PS_UDP_TABLE,
    tool: 'powershell',
    rows: 2,
    queryPort: 5353,
    has: [{ protocol: 'udp', localAddress: '0.0.0.0', localPort: 5353 }],
  },
  {
    name: 'Get-NetTCPConnection error',
    text: PS_NOT_FOUND,
    tool: 'powershell',
    rows: 0,
    queryPort: 8080,
  },
  { name: 'Get-Process', text: PS_PROCESS, tool: 'powershell', rows: 0, processes: [15312] },
  {
    name: 'Test-NetConnection',
    text: PS_TEST_CONNECTION,
    tool: 'powershell',
    rows: 1,
    queryPort: 443,
    has: [{ localAddress: '93.184.215.14', localPort: 443, state: 'OPEN' }],
  },
  {
    name: 'sockstat',
    text: SOCKSTAT,
    tool: 'sockstat',
    rows: 6,
    has: [
      {
        user: 'www',
        process: 'nginx',
        pid: 1234,
        localAddress: '*',
        localPort: 80,
        state: 'LISTEN',
        ipVersion: 4,
      },
      { process: 'sshd', localPort: 22, ipVersion: 6 },
      { pid: 2201, localPort: 22, remoteAddress: '192.168.1.20', remotePort: 52114 },
      { protocol: 'udp', process: 'syslogd', localPort: 514 },
    ],
  },
  {
    name: 'sockstat -s',
    text: SOCKSTAT_STATES,
    tool: 'sockstat',
    rows: 1,
    has: [{ localPort: 80, state: 'LISTEN' }],
  },
  {
    name: 'macOS nc',
    text: 'Connection to localhost port 8080 [tcp/http-alt] succeeded!\n',
    tool: 'nc',
    rows: 1,
    queryPort: 8080,
    has: [{ localAddress: 'localhost', localPort: 8080, state: 'OPEN' }],
  },
  {
    name: 'traditional netcat',
    text: 'localhost [127.0.0.1] 22 (ssh) open\nlocalhost [127.0.0.1] 23 (telnet) : Connection refused\n',
    tool: 'nc',
    rows: 2,
    has: [
      { localPort: 22, state: 'OPEN' },
      { localPort: 23, state: 'CLOSED' },
    ],
  },
  {
    name: 'nc timeout',
    text: 'nc: connect to 10.0.0.9 port 5432 (tcp) failed: Connection timed out\n',
    tool: 'nc',
    rows: 1,
    has: [{ localAddress: '10.0.0.9', localPort: 5432, state: 'FILTERED' }],
  },
  {
    name: 'fuser with noise lines',
    text: 'Cannot stat file /proc/4242/fd/7: Permission denied\n                     USER        PID ACCESS COMMAND\n80/tcp:              www-data   8121 F.... nginx\n                     www-data   8122 F.... nginx\n',
    tool: 'fuser',
    rows: 2,
    queryPort: 80,
    has: [{ localPort: 80, pid: 8121, user: 'www-data', process: 'nginx' }, { pid: 8122 }],
  },
  {
    name: 'ss line wrapped by a terminal',
    text: 'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\nLISTEN 0      511          0.0.0.0:80         0.0.0.0:*\n users:(("nginx",pid=812,fd=6),("nginx",pid=813,fd=6))\n',
    tool: 'ss',
    rows: 2,
    has: [
      { localPort: 80, pid: 812, process: 'nginx' },
      { localPort: 80, pid: 813 },
    ],
  },
  {
    name: 'German Windows netstat',
    text: '\r\nAktive Verbindungen\r\n\r\n  Proto  Lokale Adresse         Remoteadresse          Status           PID\r\n  TCP    0.0.0.0:80             0.0.0.0:0              ABHÖREN         4\r\n  TCP    10.0.0.2:50123         10.0.0.1:443           HERGESTELLT     7788\r\n',
    tool: 'netstat-windows',
    rows: 2,
    has: [
      { localPort: 80, state: 'LISTEN', pid: 4 },
      { localPort: 50123, state: 'ESTABLISHED' },
    ],
  },
  {
    name: 'prompt line names the port',
    text: 'user@box:~$ sudo ss -ltnp | grep :8080\nLISTEN 0      511          0.0.0.0:8080       0.0.0.0:*    users:(("node",pid=9001,fd=21))\n',
    tool: 'ss',
    rows: 1,
    queryPort: 8080,
    has: [{ localPort: 8080, pid: 9001, process: 'node' }],
  },
];

describe('samples of documented formats', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(detectTool(c.text) ?? parseOutput(c.text).tool).toBe(c.tool);
    const parsed = parseOutput(c.text);
    expect(parsed.tool).toBe(c.tool);
    expect(parsed.rows).toHaveLength(c.rows);
    for (const wanted of c.has ?? [])
      expect(parsed.rows).toContainEqual(expect.objectContaining(wanted));
    if (c.queryPort !== undefined) expect(parsed.queryPort).toBe(c.queryPort);
    if (c.processes) expect(parsed.processes.map((p) => p.pid)).toEqual(c.processes);
  });

  test.each([
    ['', null],
    ['   \n\n  ', null],
    ['hello world\nthis is not output', null],
    ['Kernel IP routing table\nDestination Gateway Genmask Flags MSS Window irtt Iface', null],
  ] as const)('%j is not recognised', (text, tool) => {
    const parsed = parseOutput(text);
    expect(parsed.tool).toBe(tool);
    expect(parsed.rows).toEqual([]);
  });

  test('a hint names the tool of an empty paste', () => {
    const parsed = parseOutput('', 'lsof');
    expect(parsed).toMatchObject({ tool: 'lsof', empty: true, rows: [] });
  });

  test('a wrong hint is noted and the detected tool wins', () => {
    const parsed = parseOutput(PS_TCP_TABLE, 'lsof');
    expect(parsed.tool).toBe('powershell');
    expect(parsed.notes.join(' ')).toContain('not lsof');
  });
});
