/** Reads IANA's port registry CSV (the reference copy in ../shared) for cross-checks in tests. */
import { readFileSync } from 'node:fs';
import { ianaCsvPath } from './shared-fixtures.ts';
import { parseCsv } from '../../scripts/lib/csv.js';

export { parseCsv };

/** One registry row, as the CSV names its columns. */
export interface IanaRow {
  service: string;
  port: string;
  protocol: string;
  description: string;
  reference: string;
}

/** All rows of the reference registry copy (call only when hasIanaCsv is true). */
export function readIanaRows(): IanaRow[] {
  const [header, ...rows] = parseCsv(readFileSync(ianaCsvPath, 'utf8'));
  const col = (name: string) => (header ?? []).indexOf(name);
  const [s, p, t, d, r] = [
    'Service Name',
    'Port Number',
    'Transport Protocol',
    'Description',
    'Reference',
  ].map(col);
  return rows
    .filter((row) => row.length > 1)
    .map((row) => ({
      service: row[s!] ?? '',
      port: row[p!] ?? '',
      protocol: row[t!] ?? '',
      description: row[d!] ?? '',
      reference: row[r!] ?? '',
    }));
}

/** Service names IANA assigns to one port and protocol, in registry order. */
export function ianaNamesFor(rows: IanaRow[], port: number, protocol: string): string[] {
  return rows
    .filter((row) => row.protocol === protocol && row.service && portMatches(row.port, port))
    .map((row) => row.service);
}

function portMatches(field: string, port: number): boolean {
  if (field.trim() === '') return false;
  const [a, b] = field.split('-').map(Number);
  if (a === undefined || Number.isNaN(a)) return false;
  return b === undefined ? a === port : port >= a && port <= b;
}
