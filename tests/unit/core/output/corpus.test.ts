/** jc and find-process outputs: the right tool, no error, and rows checked by hand per file. */
import { describe, expect, test } from 'vitest';
import { parseOutput } from '../../../../app/core/output/index.ts';
import type { SocketRow, ToolId } from '../../../../app/core/output/index.ts';
import {
  hasSharedFixtures,
  readFixture,
  readFixtureIndex,
  skipReason,
} from '../../../helpers/shared-fixtures.ts';

interface Spot {
  tool: ToolId | null;
  rows: number;
  has?: Partial<SocketRow>[];
  note?: string;
}

const SPOTS: Record<string, Spot> = {
  'centos-7.7/lsof.out': { tool: 'lsof', rows: 0 },
  'centos-7.7/lsof-sudo.out': {
    tool: 'lsof',
    rows: 9,
    has: [
      {
        process: 'sshd',
        pid: 1206,
        user: 'root',
        localAddress: '*',
        localPort: 22,
        state: 'LISTEN',
        ipVersion: 6,
      },
      {
        process: 'chronyd',
        pid: 795,
        user: 'chrony',
        protocol: 'udp',
        localAddress: 'localhost',
        localPort: 323,
      },
    ],
  },
  'centos-7.7/netstat.out': {
    tool: 'netstat-linux',
    rows: 3,
    has: [
      { localPort: 22, remoteAddress: '192.168.71.1', remotePort: 58727, state: 'ESTABLISHED' },
    ],
  },
  'centos-7.7/netstat-p.out': {
    tool: 'netstat-linux',
    rows: 1,
    has: [{ localPort: 22, remotePort: 58727 }],
  },
  'centos-7.7/netstat-l.out': {
    tool: 'netstat-linux',
    rows: 7,
    has: [
      { localAddress: 'localhost', localPort: 25, state: 'LISTEN' },
      { protocol: 'udp', localPort: 68 },
    ],
  },
  'centos-7.7/netstat-sudo-lnp.out': {
    tool: 'netstat-linux',
    rows: 7,
    has: [
      { localAddress: '0.0.0.0', localPort: 22, state: 'LISTEN', pid: 1206, process: 'sshd' },
      { localAddress: '::1', localPort: 25, ipVersion: 6, pid: 1469, process: 'master' },
      { protocol: 'udp', localAddress: '127.0.0.1', localPort: 323, pid: 795, process: 'chronyd' },
    ],
  },
  'centos-7.7/netstat-sudo-aeep.out': {
    tool: 'netstat-linux',
    rows: 9,
    has: [{ localPort: 38134, remotePort: 22, user: 'kbrazil', pid: 6491, process: 'ssh' }],
  },
  'centos-7.7/ss-sudo-a.out': {
    tool: 'ss',
    rows: 9,
    has: [
      { state: 'ESTABLISHED', localAddress: '::1', localPort: 22, remotePort: 38134 },
      { protocol: 'udp', localAddress: '*', localPort: 68, state: 'UNCONN' },
    ],
  },
  'ubuntu-18.04/lsof.out': { tool: 'lsof', rows: 0 },
  'ubuntu-18.04/lsof-sudo.out': {
    tool: 'lsof',
    rows: 16,
    has: [
      { process: 'container', pid: 1112, localPort: 42351, state: 'LISTEN' },
      {
        process: 'sshd',
        pid: 16944,
        localPort: 22,
        remoteAddress: '192.168.71.1',
        remotePort: 65159,
      },
    ],
  },
  'ubuntu-18.04/netstat.out': { tool: 'netstat-linux', rows: 2 },
  'ubuntu-18.04/netstat-p.out': {
    tool: 'netstat-linux',
    rows: 2,
    has: [{ localPort: 55656, remotePort: 443, pid: 23921, process: 'git-remote-ht' }],
  },
  'ubuntu-18.04/netstat-l.out': {
    tool: 'netstat-linux',
    rows: 6,
    has: [{ localPort: 22, state: 'LISTEN' }],
  },
  'ubuntu-18.04/netstat-sudo-lnp.out': { tool: 'netstat-linux', rows: 6 },
  'ubuntu-18.04/netstat-sudo-lnp-space.out': {
    tool: 'netstat-linux',
    rows: 25,
    has: [
      { localPort: 22, pid: 600, process: 'sshd: /usr/sbin' },
      { localPort: 10050, pid: 1817931, process: 'zabbix_agen' },
    ],
  },
  'ubuntu-18.04/netstat-sudo-aeep.out': {
    tool: 'netstat-linux',
    rows: 8,
    has: [{ localPort: 53, state: 'LISTEN', user: 'systemd-resolve', pid: 893 }],
  },
  'ubuntu-18.04/ss-sudo-a.out': {
    tool: 'ss',
    rows: 6,
    has: [{ localAddress: '127.0.0.53%lo', localPort: 53 }],
  },
  'ubuntu-18.04/ss-sudo-tulpen.out': {
    tool: 'ss',
    rows: 85,
    has: [{ protocol: 'udp', localPort: 5353, pid: 1510, process: 'avahi-daemon' }],
  },
  'fedora32/netstat.out': {
    tool: 'netstat-linux',
    rows: 2,
    has: [{ protocol: 'udp', localPort: 68, remotePort: 67, state: 'ESTABLISHED' }],
  },
  'freebsd12/netstat-an.out': {
    tool: 'netstat-bsd',
    rows: 6,
    has: [
      {
        localAddress: '192.168.71.163',
        localPort: 22,
        remotePort: 56321,
        state: 'ESTABLISHED',
        ipVersion: 4,
      },
      { localAddress: '*', localPort: 22, state: 'LISTEN', ipVersion: 6 },
      { protocol: 'udp', localPort: 514 },
    ],
  },
  'freebsd12/netstat-Aa.out': {
    tool: 'netstat-bsd',
    rows: 6,
    has: [{ localAddress: 'localhost', localPort: 25 }],
  },
  'freebsd12/netstat-AanP.out': {
    tool: 'netstat-bsd',
    rows: 6,
    has: [{ localPort: 25, state: 'LISTEN' }],
  },
  'freebsd12/netstat-AaT.out': {
    tool: 'netstat-bsd',
    rows: 6,
    has: [{ localPort: 22, remotePort: 64330 }],
  },
  'freebsd12/netstat-Aax.out': {
    tool: 'netstat-bsd',
    rows: 6,
    has: [{ protocol: 'udp', localPort: 514 }],
  },
  'freebsd12/netstat-aT.out': {
    tool: 'netstat-bsd',
    rows: 6,
    has: [{ localAddress: 'localhost', localPort: 25 }],
  },
  'osx-10.14.6/netstat.out': {
    tool: 'netstat-bsd',
    rows: 157,
    has: [
      { localAddress: 'kbrazil-mac.attl', localPort: 62979, remotePort: 443, state: 'ESTABLISHED' },
    ],
  },
  'osx-10.14.6/netstat-An.out': {
    tool: 'netstat-bsd',
    rows: 137,
    has: [{ localAddress: '192.168.1.221', remoteAddress: '192.168.1.64', remotePort: 53380 }],
    note: 'cut short',
  },
  'osx-10.14.6/netstat-Abn.out': { tool: 'netstat-bsd', rows: 137 },
  'windows-10/netstat.out': {
    tool: 'netstat-windows',
    rows: 32,
    has: [{ localAddress: '127.0.0.1', localPort: 1031, remoteAddress: 'api', remotePort: 1032 }],
  },
  'windows-10/netstat-an.out': {
    tool: 'netstat-windows',
    rows: 260,
    has: [
      { localPort: 135, state: 'LISTEN' },
      { protocol: 'udp', localPort: 53, remoteAddress: '*' },
    ],
  },
  'windows-10/netstat-aon.out': {
    tool: 'netstat-windows',
    rows: 208,
    has: [{ localPort: 135, pid: 1712 }],
  },
  'windows-10/netstat-aonb.out': {
    tool: 'netstat-windows',
    rows: 318,
    has: [
      { localPort: 135, pid: 1712, process: 'svchost.exe' },
      { localPort: 443, pid: 9396, process: 'vmware-hostd.exe' },
    ],
  },
  'generic/netstat-no-state.out': {
    tool: 'netstat-linux',
    rows: 4,
    has: [{ protocol: 'udp', localPort: 5353, pid: 442, process: 'avahi-daemon: r' }],
  },
  'generic/netstat-old.out': {
    tool: 'netstat-linux',
    rows: 2,
    has: [{ localPort: 111, pid: 1, process: 'systemd' }],
  },
  'generic/ss-wide.out': {
    tool: 'ss',
    rows: 322,
    has: [{ protocol: 'udp', localPort: 111, pid: 895, process: 'rpcbind' }],
  },
  'generic/xml-nmap.xml': {
    tool: 'nmap-xml',
    rows: 1,
    has: [{ localAddress: '172.67.68.251', localPort: 443, state: 'OPEN' }],
  },
  'macos/find-process-netstat-anv.out': {
    tool: 'netstat-bsd',
    rows: 5,
    has: [
      { localPort: 55669, remoteAddress: '10.20.13.51', remotePort: 8000, pid: 422 },
      { localAddress: '*', localPort: 443, state: 'LISTEN', pid: 61044 },
    ],
  },
  'windows-zh-cn/find-process-netstat-ano.out': {
    tool: 'netstat-windows',
    rows: 15,
    has: [
      { localPort: 80, state: 'LISTEN', pid: 2288 },
      { localPort: 50510, state: 'TIME_WAIT', pid: 0 },
    ],
  },
  'ubuntu/find-process-sudo-netstat-tunlp.out': {
    tool: 'netstat-linux',
    rows: 14,
    has: [
      { localPort: 80, pid: 1668, process: 'nginx' },
      { localPort: 9000, process: 'php-fpm.conf)' },
    ],
  },
};

const NOT_SOCKETS = [
  'netstat-i.out',
  'netstat-ib.out',
  'netstat-r.out',
  'netstat-rne.out',
  'netstat-rnee.out',
  'netstat-rnl.out',
];

interface Entry {
  file: string;
  scenario?: string;
}

const files = hasSharedFixtures
  ? (readFixtureIndex() as { files: Entry[] }).files
      .filter((e) => e.scenario === undefined)
      .map((e) => e.file)
  : [];

describe.skipIf(!hasSharedFixtures)(
  hasSharedFixtures ? 'jc and find-process outputs' : skipReason,
  () => {
    test('every file outside linux/ has a hand-checked spot or is a non-socket table', () => {
      const unchecked = files.filter(
        (f) => SPOTS[f] === undefined && !NOT_SOCKETS.some((n) => f.endsWith(`/${n}`)),
      );
      expect(unchecked).toEqual([]);
    });

    test.each(Object.entries(SPOTS))('%s', (file, spot) => {
      const parsed = parseOutput(readFixture(file));
      expect(parsed.tool).toBe(spot.tool);
      expect(parsed.rows).toHaveLength(spot.rows);
      for (const wanted of spot.has ?? [])
        expect(parsed.rows).toContainEqual(expect.objectContaining(wanted));
      if (spot.note) expect(parsed.notes.join(' ')).toContain(spot.note);
    });

    test.each(files.filter((f) => NOT_SOCKETS.some((n) => f.endsWith(`/${n}`))))(
      '%s is not a socket listing',
      (file) => {
        const parsed = parseOutput(readFixture(file));
        expect(parsed.tool).toBeNull();
        expect(parsed.rows).toEqual([]);
        expect(parsed.notes.join(' ')).toMatch(/routing table|interface table/);
      },
    );
  },
);
