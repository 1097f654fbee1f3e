/** What the app says about Windows' excluded (reserved) port ranges. */
import { describe, expect, test } from 'vitest';
import { catalogue } from '../../../../app/core/commands/index.ts';
import ephemeral from '../../../../app/data/ephemeral-ranges.json';

const excluded = catalogue.filter((spec) => spec.intent === 'excluded-ranges');
const texts = (spec: (typeof catalogue)[number]) =>
  [
    spec.title,
    spec.output,
    spec.empty,
    spec.warning ?? '',
    ...spec.flags.map((f) => f.meaning),
  ].join(' ');

describe('Windows excluded port ranges', () => {
  // netsh reads the same text in both shells, so it is listed once and says it runs in both.
  test('one command, for both shells', () => {
    expect(excluded.map((spec) => [spec.shell, ...(spec.alsoIn ?? [])])).toEqual([
      ['cmd', 'powershell'],
    ]);
  });

  // Binding inside an excluded range fails with WSAEACCES (10013), which Node reports as
  // "listen EACCES": a permission error, not EADDRINUSE (Microsoft KB 3039044).
  test.each(excluded)('$id names the permission error, not "in use"', (spec) => {
    const said = texts(spec);
    expect(said).toMatch(/WSAEACCES/);
    expect(said).toMatch(/10013/);
    expect(said).toMatch(/listen EACCES/);
    expect(said).not.toMatch(/reports "in use"/i);
    expect(spec.source.url).toMatch(/error-10013-wsaeacces/);
  });

  test('no command or ephemeral note says a reserved port reports "in use"', () => {
    const all = [...catalogue.map(texts), ...ephemeral.entries.map((e) => e.note)];
    expect(all.filter((t) => /(reserved|excluded)[^.]*reports? "in use"/i.test(t))).toEqual([]);
    expect(all.filter((t) => /reports "in use" although/i.test(t))).toEqual([]);
  });
});
