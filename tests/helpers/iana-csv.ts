/** Reads IANA's port registry CSV (the reference copy in ../shared) for cross-checks in tests. */
import { readFileSync } from 'node:fs';
import { ianaCsvPath } from './shared-fixtures.ts';

/** One registry row, as the CSV names its columns. */
export interface IanaRow {
  service: string;
  port: string;
  protocol: string;
  description: string;
  reference: string;
}

/** Splits RFC 4180 CSV text into rows of fields (quoted fields may hold commas and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
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
