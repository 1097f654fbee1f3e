/** The curated default ephemeral ranges claim only what their sources say. */
import { expect, test } from 'vitest';
import data from '../../../app/data/ephemeral-ranges.json';

const freebsd = data.entries.find((e) => e.os === 'freebsd');

test('FreeBSD: 10000-65535 from sys/netinet/in.h, with no unsourced "since" version', () => {
  expect(freebsd).toMatchObject({ from: 10000, to: 65535 });
  expect(freebsd?.source).toMatch(/freebsd\.org\/src\/tree\/sys\/netinet\/in\.h$/);
  expect(freebsd?.note).toMatch(/IPPORT_EPHEMERALFIRST/);
  expect(freebsd?.note).not.toMatch(/since FreeBSD/i);
});

// A "since <OS> <version>" claim needs the version in its source; none of these sources is versioned.
test.each(data.entries.map((e) => [e.os, e] as const))('%s: no "since <OS> <N>" claim', (_, e) => {
  expect(e.note).not.toMatch(/since (FreeBSD|OpenBSD|macOS|illumos|Solaris) \d/i);
});
