/** Random and garbage input never throws and never invents a listener. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { judgeOutput, parseOutput } from '../../../../app/core/output/index.ts';
import type { ToolId } from '../../../../app/core/output/index.ts';

const TOOLS: ToolId[] = [
  'ss',
  'lsof',
  'lsof-fields',
  'netstat-linux',
  'netstat-bsd',
  'netstat-windows',
  'fuser',
  'nmap',
  'nmap-grepable',
  'nmap-xml',
  'nc',
  'sockstat',
  'powershell',
];

const FRAGMENTS = [
  'Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess',
  'LISTEN 0 5 ',
  'tcp ',
  '  TCP    ',
  'COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME',
  'IPv4 TCP ',
  'Proto Recv-Q Send-Q Local Address Foreign Address (state)',
  '/tcp:',
  'USER PID ACCESS COMMAND',
  'Nmap scan report for ',
  '<nmaprun><port protocol="tcp" portid="',
  'Host: 1.2.3.4\tPorts: ',
  'Connection to ',
  'LocalAddress LocalPort\n------------ ---------',
  'users:(("',
  '*:*',
  '[::]:',
  '(LISTEN)',
  '\n',
  ' ',
];

const garbage = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...FRAGMENTS),
        fc.string({ maxLength: 12 }),
        fc.nat({ max: 99999 }).map(String),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
  fc.nat({ max: 30000 }).map((n) => 'x'.repeat(n) + ':'.repeat(n % 50)),
);

/** Whether the port number appears in the text at all. */
function mentions(text: string, port: number): boolean {
  return text.includes(String(port));
}

describe('garbage input', () => {
  test('never throws, and only claims listeners on ports the text names', () => {
    fc.assert(
      fc.property(
        garbage,
        fc.option(fc.constantFrom(...TOOLS), { nil: undefined }),
        fc.integer({ min: 0, max: 65535 }),
        (text, hint, port) => {
          const parsed = parseOutput(text, hint);
          expect(Array.isArray(parsed.rows)).toBe(true);
          const verdict = judgeOutput(parsed, port);
          if (verdict.kind === 'listening') expect(mentions(text, port)).toBe(true);
          for (const row of parsed.rows) {
            if (row.localPort !== undefined) expect(row.localPort).toBeLessThanOrEqual(65535);
          }
        },
      ),
      { numRuns: 2500 },
    );
  });

  test('plain strings without a recognisable shape are not recognised', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((s) => !/[:/]|\d/.test(s)),
        (text) => {
          const parsed = parseOutput(text);
          expect(parsed.rows).toEqual([]);
          expect(judgeOutput(parsed, 80).kind).toBe('not-recognised');
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a huge single line and a megabyte of ss rows are read without error', () => {
    expect(parseOutput('a'.repeat(1_000_000)).tool).toBeNull();
    const row =
      'tcp   LISTEN 0      5          127.0.0.1:60904      0.0.0.0:*    users:(("python3",pid=1187,fd=3))\n';
    const big =
      'Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n' +
      row.repeat(Math.ceil(1_000_000 / row.length));
    const started = performance.now();
    const parsed = parseOutput(big);
    console.info(
      `parsed ${big.length} bytes of ss output in ${(performance.now() - started).toFixed(1)} ms`,
    );
    expect(parsed.tool).toBe('ss');
    expect(parsed.rows.length).toBe(Math.ceil(1_000_000 / row.length));
  });
});
