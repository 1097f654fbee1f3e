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
  'linux-lsof-port-forward-containers': `${LSOF_HEAD}\nkubectl 4321  dev    8u  IPv4              31337      0t0  TCP 127.0.0.1:8080 (LISTEN)`,
  'macos-lsof-port-forward-containers': `${LSOF_HEAD}\nkubectl 4321  dev    8u  IPv4 0x1a2b3c4d5e6f7a8b      0t0  TCP 127.0.0.1:8080 (LISTEN)`,
  'windows-powershell-port-forward-containers': `
LocalAddress LocalPort OwningProcess ProcessName
------------ --------- ------------- -----------
127.0.0.1         8080          4321 kubectl
`,
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

const DOCKER_PS = `CONTAINER ID   IMAGE     COMMAND                  CREATED       STATUS       PORTS                  NAMES
3f2a9c1b7d4e   nginx     "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:8080->80/tcp   web`;
const KUBECTL_SVC = `NAMESPACE   NAME   TYPE       PORT   NODEPORT   PROTOCOL
default     web    NodePort   80     8080       TCP`;

/**
 * Check commands whose output the reader does not parse: they do not list sockets but containers,
 * services, proxies or firewall rules, so there is no holder to read from them. Each has its
 * documented output, which must never be read as a verdict about the port (not-recognised).
 */
const NOT_READ: Record<string, { why: string; sample: string }> = {
  'linux-docker-ps-containers': { why: 'lists containers, not sockets', sample: DOCKER_PS },
  'macos-docker-ps-containers': { why: 'lists containers, not sockets', sample: DOCKER_PS },
  'windows-docker-ps-containers': { why: 'lists containers, not sockets', sample: DOCKER_PS },
  'linux-podman-port-containers': {
    why: 'lists port mappings of containers, not sockets',
    sample: '3f2a9c1b7d4e\t80/tcp -> 0.0.0.0:8080',
  },
  'macos-podman-port-containers': {
    why: 'lists port mappings of containers, not sockets',
    sample: '3f2a9c1b7d4e\t80/tcp -> 0.0.0.0:8080',
  },
  'linux-kubectl-services-containers': { why: 'lists cluster services', sample: KUBECTL_SVC },
  'macos-kubectl-services-containers': { why: 'lists cluster services', sample: KUBECTL_SVC },
  'windows-powershell-kubectl-services-containers': {
    why: 'lists cluster services',
    sample: '\nNamespace Name Type\n--------- ---- ----\ndefault   web  NodePort\n',
  },
  'windows-cmd-netsh-portproxy-containers': {
    why: 'lists forwarding rules; the IP Helper service holds the port',
    sample:
      '\nListen on ipv4:             Connect to ipv4:\n\nAddress         Port        Address         Port\n--------------- ----------  --------------- ----------\n0.0.0.0         8080        172.18.0.2      8080\n',
  },
  'linux-ufw-firewall': {
    why: 'firewall rules say what may pass, not who listens',
    sample:
      'Status: active\nLogging: on (low)\nDefault: deny (incoming), allow (outgoing), disabled (routed)\nNew profiles: skip\n\nTo                         Action      From\n--                         ------      ----\n8080/tcp                   ALLOW IN    Anywhere',
  },
  'linux-firewalld-firewall': {
    why: 'firewall rules say what may pass, not who listens',
    sample:
      'public (active)\n  target: default\n  interfaces: eth0\n  services: dhcpv6-client ssh\n  ports: 8080/tcp\n  protocols: \n  forward: yes',
  },
  'linux-nft-firewall': {
    why: 'firewall rules say what may pass, not who listens',
    sample:
      'table inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n\t\ttcp dport 8080 accept',
  },
  'linux-iptables-firewall': {
    why: 'firewall rules say what may pass, not who listens',
    sample:
      '-P INPUT DROP\n-P FORWARD DROP\n-P OUTPUT ACCEPT\n-A INPUT -p tcp -m tcp --dport 8080 -j ACCEPT',
  },
  'macos-socketfilterfw-firewall': {
    why: 'the application firewall filters apps, not ports',
    sample:
      'Firewall is enabled. (State = 1)\nALF: total number of apps = 1 \n\n1 :  /usr/local/bin/node \n \t ( Allow incoming connections ) ',
  },
  'macos-pfctl-firewall': {
    why: 'firewall rules say what may pass, not who listens',
    sample:
      'Status: Enabled for 0 days 00:10:00           Debug: Urgent\nblock drop in proto tcp from any to any port = 8080',
  },
  'windows-powershell-firewall': {
    why: 'firewall rules say what may pass, not who listens',
    sample:
      '\nDisplayName       Enabled Direction Action Profile\n-----------       ------- --------- ------ -------\nAllow TCP 8080       True   Inbound  Allow     Any\n',
  },
  'windows-powershell-firewall-profile': {
    why: 'says whether the firewall is on',
    sample:
      '\nName    Enabled DefaultInboundAction\n----    ------- --------------------\nDomain     True        NotConfigured\nPrivate    True        NotConfigured\nPublic     True        NotConfigured\n',
  },
  'windows-cmd-netsh-firewall': {
    why: 'says whether the firewall is on',
    sample:
      '\nDomain Profile Settings:\n----------------------------------------------------------------------\nState                                 ON\n\nPrivate Profile Settings:\n----------------------------------------------------------------------\nState                                 ON\nOk.\n',
  },
};

const checkIntents: readonly string[] = [
  'listener',
  'sockets',
  'reachable',
  'containers',
  'firewall',
];
const checks = catalogue.filter(
  (spec) => checkIntents.includes(spec.intent) && NOT_READ[spec.id] === undefined,
);

describe('every check command in the catalogue has a documented output sample', () => {
  test('no check command is missing from the table, and no sample is left over', () => {
    expect(checks.map((spec) => spec.id).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  test('every command the reader does not parse is a check command, and says why', () => {
    const unread = catalogue.filter((spec) => NOT_READ[spec.id] !== undefined);
    expect(unread.map((spec) => spec.id).sort()).toEqual(Object.keys(NOT_READ).sort());
    for (const spec of unread) expect(checkIntents).toContain(spec.intent);
  });
});

describe('output the reader does not parse is never read as a verdict on the port', () => {
  test.each(Object.entries(NOT_READ))('%s', (id, { sample }) => {
    const spec = catalogue.find((entry) => entry.id === id);
    if (!spec) throw new Error(`${id} is not in the catalogue`);
    for (const protocol of spec.protocols) {
      const platform = spec.platform === 'remote' ? 'linux' : spec.platform;
      const answer = readAnswer(sample, { port: 8080, protocol, platform });
      expect(answer.verdict.kind, answer.verdict.sentence).toBe('not-recognised');
      expect(answer.stop).toBeUndefined();
    }
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
