/**
 * The reader knows the output of every command the catalogue offers: for each check command, a
 * sample in the shape its card documents (port 8080 held by node, PID 4321) reads as held, on the
 * page for the command's own protocol, and any stop command is for the command's platform.
 */
import { describe, expect, test } from 'vitest';
import { catalogue } from '../../../../app/core/commands/index.ts';
import type { CommandSpec } from '../../../../app/core/commands/index.ts';
import { readAnswer } from '../../../../app/core/output/index.ts';
import type { VerdictKind } from '../../../../app/core/output/index.ts';

const SS_HEAD = 'State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process';
const LSOF_HEAD = 'COMMAND  PID USER   FD   TYPE             DEVICE SIZE/OFF NODE NAME';
const NETSTAT_HEAD =
  'Active Internet connections (servers and established)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name';
const MAC_NETSTAT_HEAD =
  'Active Internet connections (including servers)\nProto Recv-Q Send-Q  Local Address          Foreign Address        (state)     rhiwat shiwat    pid   epid';
const SOCKSTAT_HEAD = 'USER     COMMAND    PID   FD  PROTO  LOCAL ADDRESS         FOREIGN ADDRESS';
const PS_LISTENERS = `
LocalAddress LocalPort OwningProcess ProcessName
------------ --------- ------------- -----------
::                8080          4321 node
0.0.0.0           8080          4321 node
`;

/** What each command prints when node (PID 4321) holds port 8080, in the shape its card documents. */
const SAMPLES: Record<string, string> = {
  'linux-ss-listener-tcp': `${SS_HEAD}\nLISTEN 0      511          0.0.0.0:8080       0.0.0.0:*     users:(("node",pid=4321,fd=20))`,
  'linux-ss-listener-udp': `${SS_HEAD}\nUNCONN 0      0            0.0.0.0:8080       0.0.0.0:*     users:(("node",pid=4321,fd=20))`,
  'linux-lsof-listener-tcp': `${LSOF_HEAD}\nnode    4321  dev   20u  IPv4              31337      0t0  TCP *:8080 (LISTEN)`,
  'linux-lsof-listener-udp': `${LSOF_HEAD}\nnode    4321  dev   20u  IPv4              31337      0t0  UDP *:8080`,
  'linux-fuser-listener-tcp':
    '                     USER        PID ACCESS COMMAND\n8080/tcp:            dev        4321 F.... node',
  'linux-fuser-listener-udp':
    '                     USER        PID ACCESS COMMAND\n8080/udp:            dev        4321 F.... node',
  'linux-netstat-listener-tcp': `${NETSTAT_HEAD}\ntcp        0      0 0.0.0.0:8080            0.0.0.0:*               LISTEN      4321/node`,
  'linux-netstat-listener-udp': `${NETSTAT_HEAD}\nudp        0      0 0.0.0.0:8080            0.0.0.0:*                           4321/node`,
  'linux-ss-sockets-tcp': `${SS_HEAD}\nLISTEN 0      511          0.0.0.0:8080       0.0.0.0:*     users:(("node",pid=4321,fd=20))\nESTAB  0      0          127.0.0.1:8080     127.0.0.1:51234 users:(("node",pid=4321,fd=21))`,
  'linux-ss-sockets-udp': `${SS_HEAD}\nUNCONN 0      0            0.0.0.0:8080       0.0.0.0:*     users:(("node",pid=4321,fd=20))`,
  'linux-lsof-sockets-tcp': `${LSOF_HEAD}\nnode    4321  dev   20u  IPv4              31337      0t0  TCP *:8080 (LISTEN)\nnode    4321  dev   21u  IPv4              31338      0t0  TCP 127.0.0.1:8080->127.0.0.1:51234 (ESTABLISHED)`,
  'linux-netstat-sockets-tcp': `${NETSTAT_HEAD}\ntcp        0      0 0.0.0.0:8080            0.0.0.0:*               LISTEN      4321/node\ntcp        0      0 127.0.0.1:8080          127.0.0.1:51234         ESTABLISHED 4321/node`,
  'linux-netstat-sockets-udp': `${NETSTAT_HEAD}\nudp        0      0 0.0.0.0:8080            0.0.0.0:*                           4321/node`,
  'macos-lsof-listener-tcp': `${LSOF_HEAD}\nnode    4321  dev   20u  IPv6 0x1a2b3c4d5e6f7a8b      0t0  TCP *:8080 (LISTEN)`,
  'macos-lsof-listener-udp': `${LSOF_HEAD}\nnode    4321  dev   20u  IPv4 0x1a2b3c4d5e6f7a8b      0t0  UDP *:8080`,
  'macos-lsof-sockets-tcp': `${LSOF_HEAD}\nnode    4321  dev   20u  IPv6 0x1a2b3c4d5e6f7a8b      0t0  TCP *:8080 (LISTEN)\nnode    4321  dev   21u  IPv4 0x1a2b3c4d5e6f7a8c      0t0  TCP 127.0.0.1:8080->127.0.0.1:61234 (ESTABLISHED)`,
  'macos-netstat-sockets-tcp': `${MAC_NETSTAT_HEAD}\ntcp4       0      0  *.8080                 *.*                    LISTEN      131072 131072   4321      0`,
  'macos-netstat-sockets-udp': `${MAC_NETSTAT_HEAD}\nudp4       0      0  *.8080                 *.*                                786896   9216   4321      0`,
  'windows-cmd-netstat-listener-tcp':
    '  TCP    0.0.0.0:8080           0.0.0.0:0              LISTENING       4321\n  TCP    [::]:8080              [::]:0                 LISTENING       4321',
  'windows-cmd-netstat-listener-udp':
    '  UDP    0.0.0.0:8080           *:*                                    4321',
  'windows-cmd-netstat-sockets-tcp':
    '  TCP    0.0.0.0:8080           0.0.0.0:0              LISTENING       4321\n  TCP    127.0.0.1:8080         127.0.0.1:51234        ESTABLISHED     4321',
  'windows-powershell-listener-tcp': PS_LISTENERS,
  'windows-powershell-listener-udp': PS_LISTENERS,
  'windows-powershell-sockets-tcp': `
LocalAddress LocalPort RemoteAddress RemotePort       State OwningProcess
------------ --------- ------------- ----------       ----- -------------
0.0.0.0           8080 0.0.0.0                0      Listen          4321
127.0.0.1         8080 127.0.0.1          51234 Established          4321
`,
  'freebsd-sockstat-listener-tcp': `${SOCKSTAT_HEAD}\nwww      node       4321  20  tcp4   *:8080                *:*`,
  'freebsd-sockstat-listener-udp': `${SOCKSTAT_HEAD}\nwww      node       4321  20  udp4   *:8080                *:*`,
  'freebsd-sockstat-sockets-tcp': `${SOCKSTAT_HEAD}\nwww      node       4321  20  tcp4   *:8080                *:*                   LISTEN`,
  'remote-nmap-reachable-tcp':
    'Starting Nmap 7.93 ( https://nmap.org ) at 2026-12-04 15:00 UTC\nNmap scan report for localhost (127.0.0.1)\nHost is up (0.000060s latency).\n\nPORT     STATE SERVICE\n8080/tcp open  http-proxy\n\nNmap scan report for localhost (::1)\nHost is up (0.000050s latency).\n\nPORT     STATE SERVICE\n8080/tcp open  http-proxy\n\nNmap done: 1 IP address (1 host up) scanned in 0.03 seconds',
  'remote-nmap-reachable-udp':
    'Nmap scan report for localhost (127.0.0.1)\nHost is up.\n\nPORT     STATE SERVICE\n8080/udp open  http-alt',
  'remote-nc-reachable-tcp':
    'Connection to localhost (127.0.0.1) 8080 port [tcp/http-alt] succeeded!',
  'remote-nc-reachable-udp': 'Connection to localhost (127.0.0.1) 8080 port [udp/*] succeeded!',
  'remote-nc-macos-reachable-tcp': 'Connection to localhost port 8080 [tcp/http-alt] succeeded!',
  'remote-nc-macos-reachable-udp': 'Connection to localhost port 8080 [udp/http-alt] succeeded!',
  'remote-test-netconnection-reachable-tcp': `
ComputerName     : localhost
RemoteAddress    : ::1
RemotePort       : 8080
InterfaceAlias   : Loopback Pseudo-Interface 1
SourceAddress    : ::1
TcpTestSucceeded : True
`,
  'remote-windows-nmap-reachable-tcp':
    'Nmap scan report for localhost (127.0.0.1)\nHost is up (0.00s latency).\n\nPORT     STATE SERVICE\n8080/tcp open  http-proxy',
  'remote-windows-nmap-reachable-udp':
    'Nmap scan report for localhost (127.0.0.1)\nHost is up.\n\nPORT     STATE SERVICE\n8080/udp open  http-alt',
};

/** The verdict each kind of command must reach; fuser cannot tell a TCP listener from a client. */
function expectedKind(spec: CommandSpec): VerdictKind {
  if (spec.platform === 'remote') {
    // A UDP "success" from nc only means no refusal came back.
    return spec.tool === 'nc' && spec.protocols[0] === 'udp' ? 'filtered-remote' : 'open-remote';
  }
  return spec.tool === 'fuser' && spec.protocols[0] === 'tcp' ? 'inconclusive' : 'listening';
}

const checks = catalogue.filter((spec) =>
  ['listener', 'sockets', 'reachable'].includes(spec.intent),
);

describe('every check command in the catalogue has a documented output sample', () => {
  test('no check command is missing from the table, and no sample is left over', () => {
    expect(checks.map((spec) => spec.id).sort()).toEqual(Object.keys(SAMPLES).sort());
  });
});

describe('each command output, in its documented shape, reads as held on its own protocol', () => {
  test.each(checks.map((spec) => [spec.id, spec] as const))('%s', (id, spec) => {
    for (const protocol of spec.protocols) {
      const platform = spec.platform === 'remote' ? (spec.runsOn?.[0] ?? 'linux') : spec.platform;
      const answer = readAnswer(SAMPLES[id] ?? '', { port: 8080, protocol, platform });
      expect(answer.verdict.kind, answer.verdict.sentence).toBe(expectedKind(spec));
      if (spec.platform === 'remote') continue;
      expect(answer.verdict.sentence).toContain('4321');
      expect(answer.platform).toBe(spec.platform);
      if (answer.verdict.kind !== 'listening') continue;
      expect(answer.verdict.pid).toBe(4321);
      expect(answer.stop?.kind).toBe('stop');
      if (answer.stop?.kind === 'stop') {
        expect(answer.stop.commands.length).toBeGreaterThan(0);
        for (const command of answer.stop.commands) {
          expect(command.spec.platform).toBe(spec.platform);
          expect(command.text).toContain('4321');
        }
      }
    }
  });
});
