import { describe, expect, test } from 'vitest';
import { catalogue, renderCommand } from '../../../../app/core/commands/index.ts';
import { hasSharedFixtures, readFixture } from '../../../helpers/shared-fixtures.ts';

// The findstr patterns use only syntax findstr and JavaScript read the same way ('^', '.',
// '*', '[^ ]', literals), so a JavaScript RegExp shows which netstat lines findstr keeps.
function findstrLines(id: string, port: number, output: string): string[] {
  const spec = catalogue.find((entry) => entry.id === id);
  if (!spec) throw new Error(`no spec ${id}`);
  const text = renderCommand(spec, { port, protocol: spec.protocols[0] ?? 'tcp' });
  const pattern = /\/C:"([^"]+)"/.exec(text)?.[1] ?? '';
  expect(pattern).toMatch(/^[\^ *A-Z:.[\]0-9]+$/);
  const regex = new RegExp(pattern);
  return output
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => regex.test(line))
    .map((line) => line.trim().split(/\s+/).slice(0, 3).join(' '));
}

// Without ../shared beside the checkout this block is skipped (the helper requires it on CI).
describe.skipIf(!hasSharedFixtures)('Windows findstr filters on real netstat -ano output', () => {
  const output = hasSharedFixtures ? readFixture('windows-10/netstat-aon.out') : '';

  test.each([
    ['windows-cmd-netstat-listener-tcp', 135, ['TCP 0.0.0.0:135 0.0.0.0:0', 'TCP [::]:135 [::]:0']],
    ['windows-cmd-netstat-listener-tcp', 13, []],
    ['windows-cmd-netstat-listener-tcp', 1031, []],
    [
      'windows-cmd-netstat-sockets-tcp',
      1031,
      ['TCP 127.0.0.1:1031 127.0.0.1:1032', 'TCP 127.0.0.1:1032 127.0.0.1:1031'],
    ],
    ['windows-cmd-netstat-sockets-tcp', 103, []],
  ] as const)('%s port %i', (id, port, expected) => {
    expect(findstrLines(id, port, output)).toEqual(expected);
  });

  test('the UDP listener filter keeps only UDP rows with that local port', () => {
    const udpRow = output.split('\n').find((line) => /^\s+UDP\s/.test(line)) ?? '';
    const local = udpRow.trim().split(/\s+/)[1] ?? '';
    const port = Number(local.slice(local.lastIndexOf(':') + 1));
    const kept = findstrLines('windows-cmd-netstat-listener-udp', port, output);
    expect(kept.length).toBeGreaterThan(0);
    for (const row of kept) expect(row).toMatch(new RegExp(`^UDP \\S+:${port} `));
    expect(findstrLines('windows-cmd-netstat-listener-udp', Number(`${port}9`), output)).toEqual(
      [],
    );
  });
});
