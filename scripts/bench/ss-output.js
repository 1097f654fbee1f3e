// @ts-check
/** Generates realistic `ss -tanp` output of a given size, deterministically. */

/** A small seeded generator (mulberry32), so every run parses the same text. */
function seeded(/** @type {number} */ seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATES = [
  ['ESTAB', 55],
  ['TIME-WAIT', 15],
  ['LISTEN', 10],
  ['CLOSE-WAIT', 5],
  ['FIN-WAIT-2', 4],
  ['SYN-SENT', 3],
  ['LAST-ACK', 2],
  ['FIN-WAIT-1', 2],
  ['SYN-RECV', 2],
  ['CLOSING', 1],
  ['UNKNOWN', 1],
];
const PROCESSES = [
  'nginx',
  'postgres',
  'node',
  'python3',
  'sshd',
  'java',
  'redis-server',
  'chrome',
  'firefox',
  'docker-proxy',
  'systemd-resolve',
  'containerd',
  'mysqld',
  'code',
  'kubelet',
];
const SERVER_PORTS = [22, 80, 443, 5432, 6379, 3000, 8080, 8443, 3306, 9200, 27017, 60904, 53];

/** Writes `ss -tanp` output of at least `bytes` bytes; returns the text and its data row count. */
export function generateSsOutput(bytes = 1024 * 1024, seed = 60904) {
  const rnd = seeded(seed);
  const int = (/** @type {number} */ n) => Math.floor(rnd() * n);
  const pick = (/** @type {readonly any[]} */ list) => list[int(list.length)];
  const totalWeight = STATES.reduce((s, [, w]) => s + Number(w), 0);
  const state = () => {
    let x = int(totalWeight);
    for (const [name, w] of STATES) if ((x -= Number(w)) < 0) return String(name);
    return 'ESTAB';
  };
  const v4 = () =>
    pick([
      `10.${int(256)}.${int(256)}.${1 + int(254)}`,
      `192.168.1.${1 + int(254)}`,
      '127.0.0.1',
      `172.17.0.${2 + int(20)}`,
    ]);
  const v6 = () =>
    pick([
      '[::1]',
      `[2001:db8::${(1 + int(0xfffe)).toString(16)}]`,
      `[::ffff:10.0.${int(256)}.${1 + int(254)}]`,
      `[fe80::${int(0xffff).toString(16)}%eth0]`,
    ]);
  const host = () => (rnd() < 0.75 ? v4() : v6());
  const users = () => {
    const name = pick(PROCESSES);
    const pid = 300 + int(90_000);
    const count = rnd() < 0.1 ? 2 + int(3) : 1;
    const list = Array.from(
      { length: count },
      (_, i) => `("${name}",pid=${pid + i},fd=${3 + int(200)})`,
    );
    return `users:(${list.join(',')})`;
  };
  const lines = [
    `${'State'.padEnd(10)} Recv-Q Send-Q ${'Local Address:Port'.padStart(24)} ${'Peer Address:Port'.padStart(24)} Process`,
  ];
  let size = lines[0].length + 1;
  let rows = 0;
  while (size < bytes) {
    const s = state();
    let local;
    let peer;
    if (s === 'LISTEN') {
      const port = rnd() < 0.7 ? pick(SERVER_PORTS) : 1024 + int(64_000);
      local = `${pick(['0.0.0.0', '127.0.0.1', '*', '[::]', '[::1]'])}:${port}`;
      peer = pick(['0.0.0.0:*', '[::]:*', '*:*']);
    } else if (rnd() < 0.5) {
      local = `${host()}:${pick(SERVER_PORTS)}`;
      peer = `${host()}:${32768 + int(28_232)}`;
    } else {
      local = `${host()}:${32768 + int(28_232)}`;
      peer = `${host()}:${pick(SERVER_PORTS)}`;
    }
    const recv = s === 'LISTEN' ? int(5) : rnd() < 0.9 ? 0 : int(65_536);
    const send = s === 'LISTEN' ? pick([128, 511, 4096]) : rnd() < 0.9 ? 0 : int(65_536);
    const process = s === 'TIME-WAIT' || rnd() < 0.05 ? '' : users();
    const line =
      `${s.padEnd(10)} ${String(recv).padEnd(6)} ${String(send).padEnd(6)} ` +
      `${local.padStart(24)} ${peer.padStart(24)} ${process}`.trimEnd();
    lines.push(line);
    size += line.length + 1;
    rows++;
  }
  return { text: lines.join('\n') + '\n', rows };
}
