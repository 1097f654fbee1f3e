/**
 * Runs the awk filters of the catalogue's netstat commands in bash over real captured netstat
 * output (Linux and macOS), to prove they match the port exactly: never a longer port that
 * contains it, never a PID, and in the right address column.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogue, renderCommand } from '../../app/core/commands/index.ts';
import { fixturesDir, hasSharedFixtures } from '../helpers/shared-fixtures.ts';
import { runBash } from './helpers/processes.ts';

// Replaces the live `netstat …` before the pipe with `cat FIXTURE`, keeping the filter as rendered.
async function filterFixture(
  id: string,
  port: number,
  fixture: string,
): Promise<{ code: number; rows: string[] }> {
  const spec = catalogue.find((entry) => entry.id === id);
  if (!spec) throw new Error(`no spec ${id}`);
  const text = renderCommand(spec, { port, protocol: spec.protocols[0] ?? 'tcp' });
  const filter = text.slice(text.indexOf(' | ') + 3);
  expect(filter.startsWith('awk ')).toBe(true);
  const result = await runBash(`cat '${resolve(fixturesDir, fixture)}' | ${filter}`);
  const rows = result.stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  return { code: result.code, rows: rows.map((line) => line.split(/\s+/).slice(3, 5).join(' ')) };
}

// Without ../shared beside the checkout this block is skipped (the helper requires it on CI).
describe.skipIf(!hasSharedFixtures)('netstat filters over captured output', () => {
  test.each([
    [
      'linux-netstat-sockets-tcp',
      60904,
      'linux/netstat-tanp.out',
      0,
      [
        '127.0.0.1:60904 0.0.0.0:*',
        '127.0.0.1:60904 127.0.0.1:56450',
        '127.0.0.1:56450 127.0.0.1:60904',
        '127.0.0.1:60906 127.0.0.1:60904',
        '127.0.0.1:60904 127.0.0.1:60906',
      ],
    ],
    ['linux-netstat-sockets-tcp', 6090, 'linux/netstat-tanp.out', 1, []],
    ['linux-netstat-sockets-tcp', 2241, 'linux/netstat-tanp.out', 1, []],
    ['linux-netstat-sockets-tcp', 8080, 'linux/netstat-tanp.out', 0, [':::8080 :::*']],
    ['linux-netstat-listener-tcp', 3000, 'linux/netstat-tulpn.out', 0, ['::1:3000 :::*']],
    ['linux-netstat-listener-tcp', 300, 'linux/netstat-tulpn.out', 1, []],
    ['macos-netstat-sockets-tcp', 8888, 'macos/find-process-netstat-anv.out', 0, ['*.8888 *.*']],
    ['macos-netstat-sockets-tcp', 888, 'macos/find-process-netstat-anv.out', 1, []],
    [
      'macos-netstat-sockets-tcp',
      80,
      'macos/find-process-netstat-anv.out',
      0,
      ['10.16.43.243.55663 140.205.133.118.80', '10.16.43.243.55661 183.136.138.140.80'],
    ],
  ] as const)('%s port %i over %s', async (id, port, fixture, code, rows) => {
    const result = await filterFixture(id, port, fixture);
    expect(result.code).toBe(code);
    expect(result.rows).toEqual(rows);
  });
});
