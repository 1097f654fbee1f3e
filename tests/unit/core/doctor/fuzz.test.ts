/** Property tests: diagnose and adviseFor never throw and always answer in range. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { adviseFor, diagnose } from '../../../../app/core/doctor/index.ts';
import type { DoctorCause } from '../../../../app/core/doctor/index.ts';
import { platformIds } from '../../../../app/core/platform/platform-ids.ts';
import { errorTable } from './errors.table.ts';

const CAUSES: DoctorCause[] = [
  'in-use',
  'privileged',
  'windows-excluded',
  'access-denied',
  'airplay',
  'refused',
  'timed-out',
  'no-route',
  'addr-not-available',
  'unknown',
];

/** Pieces of real errors, so random text often looks half like one. */
const FRAGMENTS = [
  'EADDRINUSE',
  'WSAEACCES',
  '[Errno 98]',
  '[WinError 10048]',
  'errno: -4091',
  '(48)',
  'address already in use',
  ':::',
  '[::1]:',
  '0.0.0.0:',
  'port ',
  'listen tcp :',
  ': bind: ',
  'Port 8080 was already in use',
  'localhost:',
  "('127.0.0.1', ",
  'bind(2) for "',
  'listening socket ',
  'connect ETIMEDOUT ',
  '\n',
  ' ',
  '99999',
  '65536',
  '0',
];

const textLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(
      fc.oneof(fc.constantFrom(...FRAGMENTS), fc.integer({ min: -5000, max: 70000 }).map(String)),
      {
        maxLength: 30,
      },
    )
    .map((parts) => parts.join('')),
);

describe('diagnose on any string', () => {
  test('never throws and answers in range', () => {
    fc.assert(
      fc.property(textLike, fc.constantFrom(undefined, ...platformIds), (text, platform) => {
        const d = diagnose(text, platform ? { platform } : {});
        expect(CAUSES).toContain(d.cause);
        if (d.port !== null) {
          expect(Number.isInteger(d.port)).toBe(true);
          expect(d.port).toBeGreaterThanOrEqual(1);
          expect(d.port).toBeLessThanOrEqual(65535);
        }
        expect([null, 'tcp', 'udp']).toContain(d.protocol);
        for (const e of d.evidence) expect(e.text.length).toBeLessThanOrEqual(120);
        const advice = adviseFor(d, platform ?? 'linux');
        expect(advice.summary).not.toMatch(/\{\w+\}/);
        for (const line of [...advice.explanation, ...advice.fixes])
          expect(line).not.toMatch(/\{\w+\}/);
      }),
      { numRuns: 600 },
    );
  });

  test('log lines around a real error do not change its reading', () => {
    const noise = fc.array(
      fc.constantFrom('INFO starting up', 'loading configuration', '', 'ready in 312 ms', 'Done.'),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...errorTable), noise, noise, (row, before, after) => {
        const text = [...before, row.text, ...after].join('\n');
        const d = diagnose(text, row.context);
        expect(d.cause).toBe(row.expect.cause);
        expect(d.port).toBe(row.expect.port);
      }),
      { numRuns: 300 },
    );
  });
});
