import { expect, test } from 'vitest';
import { commandName, commandNamesOf, platformName } from '../../../app/state/check-label.ts';
import { catalogue } from '../../../app/core/commands/index.ts';

const names = commandNamesOf(catalogue);

test.each<[string, string]>([
  ['linux-ss-listener-tcp', 'Which process listens (ss)'],
  ['linux-ss-listener-udp', 'Which process listens (ss)'],
  ['windows.netstat.port', 'windows netstat port (a command this version does not list)'],
  ['cmd-3', 'cmd 3 (a command this version does not list)'],
  ['--', 'an unnamed command'],
])('command %s reads as %s', (id, expected) => {
  expect(commandName(id, names)).toBe(expected);
});

test('every catalogue command has a name that is not its id', () => {
  for (const spec of catalogue) {
    const name = commandName(spec.id, names);
    expect(name).not.toContain(spec.id);
    expect(name).toContain(spec.tool);
  }
});

test('without the catalogue (it failed to load), an id reads as its words', () => {
  expect(commandName('linux-ss-listener-tcp', undefined)).toBe('linux ss listener tcp');
});

test.each<[string, string]>([
  ['linux', 'Linux'],
  ['macos', 'macOS'],
  ['windows', 'Windows'],
  ['freebsd', 'FreeBSD'],
  ['solaris', 'solaris'],
  [' ', 'an unknown platform'],
])('platform %j reads as %s', (id, expected) => {
  expect(platformName(id)).toBe(expected);
});
