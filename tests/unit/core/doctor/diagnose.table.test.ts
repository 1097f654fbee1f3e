import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../app/core/doctor/index.ts';
import { errorTable } from './errors.table.ts';

describe('diagnose over the table of real error messages', () => {
  it('has at least 60 rows, each with a source URL and a unique id', () => {
    expect(errorTable.length).toBeGreaterThanOrEqual(60);
    expect(new Set(errorTable.map((row) => row.id)).size).toBe(errorTable.length);
    for (const row of errorTable) expect(row.source).toMatch(/^https:\/\/\S+$/);
  });

  it.each(errorTable.map((row) => [row.id, row] as const))('%s', (_id, row) => {
    const d = diagnose(row.text, row.context);
    expect({
      cause: d.cause,
      family: d.source,
      port: d.port,
      address: d.address,
      protocol: d.protocol,
    }).toEqual({
      cause: row.expect.cause,
      family: row.expect.family,
      port: row.expect.port,
      address: row.expect.address ?? null,
      protocol: row.expect.protocol ?? null,
    });
    if (row.expect.platforms) {
      expect([...d.platforms].sort()).toEqual([...row.expect.platforms].sort());
    }
  });
});
