/** The range explainer's wording, rendered on the server as the page shows it. */
import { expect, test } from 'vitest';
import { render } from 'svelte/server';
import RangeExplainer from '../../../../app/views/port/RangeExplainer.svelte';
import portRanges from '../../../../app/data/port-ranges.json';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

test('system ports: no blanket "only root" claim; macOS, Linux and Docker exceptions with sources', () => {
  const { body } = render(RangeExplainer, { props: { rangeClass: 'system' } });
  const said = text(body);
  expect(said).not.toMatch(/on Linux, macOS and the BSDs only root/);
  expect(said).toMatch(/usually needs root, but not on macOS 10\.14\+ \(on all addresses\)/);
  expect(said).toMatch(/Linux from ip_unprivileged_port_start up \(0 in Docker containers\)/);
  for (const href of [
    'https://github.com/apple/container/pull/2269',
    'https://www.kernel.org/doc/html/latest/networking/ip-sysctl.html',
    'https://github.com/moby/moby/pull/41030',
  ])
    expect(body).toContain(`href="${href}"`);
});

test('port-ranges.json does not repeat the "only root" claim', () => {
  const system = portRanges.entries.find((e) => e.id === 'system');
  expect(system?.summary).not.toMatch(/only root/i);
  expect(system?.summary).toMatch(/macOS 10\.14/);
});
