/** (output, port, protocol) → verdict kind, sentence and the traps it warns about. */
import { describe, expect, test } from 'vitest';
import { judgeOutput, parseOutput } from '../../../../app/core/output/index.ts';
import type { Protocol, ToolId, VerdictKind } from '../../../../app/core/output/index.ts';
import { hasSharedFixtures, readFixture, skipReason } from '../../../helpers/shared-fixtures.ts';

interface Row {
  input: string;
  hint?: ToolId;
  port: number;
  protocol?: Protocol;
  kind: VerdictKind;
  sentence: string;
  warning?: string;
  pid?: number;
}

const NGINX = `Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
tcp   LISTEN 0      511          0.0.0.0:80        0.0.0.0:*    users:(("nginx",pid=812,fd=6))
tcp   ESTAB  0      0        10.0.0.2:41000   93.184.215.14:443  users:(("curl",pid=900,fd=3))`;

const SAMPLES: Row[] = [
  {
    input: NGINX,
    port: 80,
    kind: 'listening',
    sentence: 'Listening: nginx (PID 812) on 0.0.0.0:80/tcp',
    pid: 812,
  },
  { input: NGINX, port: 8080, kind: 'nothing', sentence: 'Nothing is using this port' },
  {
    input: NGINX,
    port: 443,
    kind: 'connections-only',
    sentence: 'Only connections to another host use this port: nothing listens on it here',
  },
  {
    input: NGINX,
    port: 80,
    protocol: 'udp',
    kind: 'nothing',
    sentence: 'Nothing is using this port',
    warning: 'Port 80/tcp is in use by nginx (PID 812)',
  },
  {
    input: '',
    port: 80,
    kind: 'not-recognised',
    sentence: 'Paste the output of one of the commands above',
  },
  {
    input: 'no idea what this is',
    port: 80,
    kind: 'not-recognised',
    sentence: 'Portwise could not read this output. Paste the output of one of the commands above',
  },
  {
    input: '',
    hint: 'lsof',
    port: 80,
    kind: 'unverified',
    sentence:
      'No process you can see uses port 80, but without sudo lsof cannot see other users’ processes: run it with sudo to be sure',
    warning:
      'Without sudo, lsof shows only your own processes: a port held by another user or a system service looks exactly like a free one',
  },
  {
    input: '',
    hint: 'fuser',
    port: 80,
    kind: 'unverified',
    sentence:
      'No process you can see uses port 80, but without sudo fuser cannot see other users’ processes: run it with sudo to be sure',
  },
  {
    input: 'Connection to db.example 5432 port [tcp/postgresql] succeeded!',
    port: 5432,
    kind: 'open-remote',
    sentence: 'Port 5432/tcp on db.example is open: something accepts connections there',
  },
  {
    input: 'nc: connect to db.example port 5432 (tcp) failed: Connection timed out',
    port: 5432,
    kind: 'filtered-remote',
    sentence:
      'Port 5432/tcp on db.example is filtered: a firewall drops the probes, so nothing can be said about it',
  },
  {
    input: 'Connection to db.example 5432 port [tcp/postgresql] succeeded!',
    port: 80,
    kind: 'wrong-port',
    sentence: 'This output is about port 5432, not 80: it says nothing about port 80',
  },
];

function check(row: Row, text: string) {
  const verdict = judgeOutput(parseOutput(text, row.hint), row.port, row.protocol);
  expect(verdict.kind).toBe(row.kind);
  expect(verdict.sentence).toBe(row.sentence);
  if (row.warning) expect(verdict.warnings).toContain(row.warning);
  expect(verdict.pid).toBe(row.pid);
}

describe('verdicts on samples', () => {
  test.each(SAMPLES.map((row) => [row.sentence, row.port, row] as const))(
    '%s (port %i)',
    (_s, _p, row) => check(row, row.input),
  );
});

const FIXTURES: (Omit<Row, 'input'> & { file: string })[] = [
  {
    file: 'linux/ss-ltnp-sport-60904.out',
    port: 60904,
    kind: 'listening',
    sentence: 'Listening: python3 (PID 1187) on 127.0.0.1:60904/tcp',
    pid: 1187,
  },
  {
    file: 'linux/ss-tulpn.out',
    port: 60904,
    protocol: 'udp',
    kind: 'listening',
    sentence: 'Listening: python3 (PID 1188) on 0.0.0.0:60904/udp',
    pid: 1188,
  },
  {
    file: 'linux/ss-tulpn.out',
    port: 60904,
    kind: 'listening',
    sentence:
      'Listening: python3 (PID 1188) on 0.0.0.0:60904/udp and python3 (PID 1187) on 127.0.0.1:60904/tcp',
  },
  {
    file: 'linux/ss-tulpn.out',
    port: 60905,
    kind: 'nothing',
    sentence: 'Nothing is using this port',
  },
  {
    file: 'linux/ss-tanp.out',
    port: 60906,
    kind: 'connections-only',
    sentence:
      'Nothing listens on port 60906; it is only the local end of a connection (nc (PID 48211))',
  },
  {
    file: 'linux/ss-ltnp-sport-8080.out',
    port: 80,
    kind: 'wrong-port',
    sentence: 'This output is about port 8080, not 80: it says nothing about port 80',
    warning: 'Searching for :80 also matches :8080: match the port exactly',
  },
  {
    file: 'linux/netstat-tuln-grep-80.out',
    port: 80,
    kind: 'wrong-port',
    sentence: 'This output is about port 8080, not 80: it says nothing about port 80',
  },
  {
    file: 'linux/netstat-tuln.out',
    port: 5432,
    kind: 'listening',
    sentence: 'Listening on 0.0.0.0:5432/tcp; the process is not shown',
    warning:
      "This netstat ran without -p, so no process is shown: run sudo ss -ltnp 'sport = :5432'",
  },
  {
    file: 'linux/netstat-tulpn--nonroot.out',
    port: 5432,
    kind: 'listening',
    sentence: 'Listening on 0.0.0.0:5432/tcp; the process is not shown',
    warning:
      "netstat names other users’ processes only when run with sudo: run sudo ss -ltnp 'sport = :5432'",
  },
  {
    file: 'linux/netstat-tanp--after-scans.out',
    port: 59834,
    kind: 'connections-only',
    sentence: 'Nothing listens on port 59834; only closed connections are waiting to time out',
  },
  {
    file: 'linux/lsof-i-60904--nonroot.out',
    hint: 'lsof',
    port: 60904,
    kind: 'unverified',
    sentence:
      'No process you can see uses port 60904, but without sudo lsof cannot see other users’ processes: run it with sudo to be sure',
  },
  {
    file: 'linux/lsof-nP-i-8080.out',
    port: 8080,
    kind: 'listening',
    sentence: 'Listening: nc (PID 2242) on *:8080/tcp',
    pid: 2242,
  },
  {
    file: 'linux/fuser-v-60904-tcp-tty120.out',
    port: 60904,
    kind: 'inconclusive',
    sentence:
      'In use by python3 (PID 1187), but this output does not say whether it listens or only holds a connection',
  },
  {
    file: 'linux/nmap-p-60905-oX-127.0.0.1.out',
    port: 60905,
    kind: 'closed-remote',
    sentence:
      'Port 60905/tcp on localhost refused the connection: nothing listens there, unless a firewall rejects it',
  },
  {
    file: 'linux/nmap-p-60904-oG-127.0.0.1.out',
    port: 60904,
    kind: 'open-remote',
    sentence: 'Port 60904/tcp on localhost is open: something accepts connections there',
  },
  {
    file: 'linux/nmap-sU-p-60904-127.0.0.1.out',
    port: 60904,
    protocol: 'udp',
    kind: 'filtered-remote',
    sentence:
      'Port 60904/udp on localhost gave no answer: it may be open or filtered (usual for UDP, which has no handshake)',
  },
  {
    file: 'linux/nmap-p-60904-localhost.out',
    port: 80,
    kind: 'wrong-port',
    sentence: 'This output is about port 60904, not 80: it says nothing about port 80',
  },
  {
    file: 'linux/nc-zv-127.0.0.1-1.err',
    port: 1,
    kind: 'closed-remote',
    sentence:
      'Port 1/tcp on 127.0.0.1 refused the connection: nothing listens there, unless a firewall rejects it',
  },
  {
    file: 'windows-zh-cn/find-process-netstat-ano.out',
    port: 80,
    kind: 'listening',
    sentence: 'Listening: PID 2288 on 0.0.0.0:80/tcp',
    pid: 2288,
  },
  {
    file: 'macos/find-process-netstat-anv.out',
    port: 8888,
    kind: 'listening',
    sentence: 'Listening: PID 61044 on *:8888/tcp',
    pid: 61044,
  },
  {
    file: 'centos-7.7/netstat-r.out',
    port: 80,
    kind: 'not-recognised',
    sentence: 'Portwise could not read this output. Paste the output of one of the commands above',
    warning: 'This is a routing table (netstat -r), not a list of sockets',
  },
];

describe.skipIf(!hasSharedFixtures)(hasSharedFixtures ? 'verdicts on fixtures' : skipReason, () => {
  test.each(FIXTURES.map((row) => [row.file, row.port, row] as const))(
    '%s (port %i)',
    (_f, _p, row) => check({ ...row, input: '' }, readFixture(row.file)),
  );
});
