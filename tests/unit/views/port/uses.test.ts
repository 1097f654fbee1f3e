/** Badges on a port's known uses, rendered on the server as the page shows them. */
import { expect, test } from 'vitest';
import { render } from 'svelte/server';
import KnownUses from '../../../../app/views/port/Uses.svelte';
import { createKnowledge } from '../../../helpers/knowledge.ts';

const { knowledge } = createKnowledge();

/** The text of each list item of the rendered uses. */
function items(port: number, os: 'linux' | 'macos' = 'linux'): string[] {
  const { body } = render(KnownUses, { props: { info: knowledge.lookup(port), os } });
  return [...body.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

test('443: HTTPS is Official, the Kubernetes API server convention is not', () => {
  const list = items(443);
  expect(list.find((t) => t.startsWith('HTTPS '))).toMatch(/Official/);
  const kubernetes = list.find((t) => t.startsWith('Kubernetes API server'));
  expect(kubernetes).toBeDefined();
  expect(kubernetes).not.toMatch(/Official/);
  expect(kubernetes).toMatch(/Common use/);
});

test('808: WCF net.tcp is shown as an unofficial use, not Official', () => {
  const wcf = items(808).find((t) => t.startsWith('WCF net.tcp'));
  expect(wcf).toBeDefined();
  expect(wcf).not.toMatch(/Official/);
  expect(wcf).toMatch(/Unofficial/);
});

test.each([5000, 7000])(
  'on a Mac the AirPlay Receiver leads the uses of %i, elsewhere it comes last',
  (port) => {
    expect(items(port, 'macos')[0]).toMatch(/^AirPlay receiver/);
    const linux = items(port, 'linux');
    expect(linux[0]).not.toMatch(/^AirPlay/);
    expect(linux.at(-1)).toMatch(/^AirPlay receiver/);
  },
);
