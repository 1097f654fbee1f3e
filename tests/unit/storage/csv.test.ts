import { describe, expect, test } from 'vitest';
import { recordCheck } from '../../../app/storage/checks.ts';
import { checksToCsv, escapeCsvCell, toCsv } from '../../../app/storage/csv.ts';
import type { CsvCell } from '../../../app/storage/csv.ts';
import { exportCsv } from '../../../app/storage/export.ts';
import { aCheck, useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

/** A strict RFC 4180 reader, to prove what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('escapeCsvCell', () => {
  test.each<[CsvCell, string]>([
    ['plain', 'plain'],
    [80, '80'],
    [undefined, ''],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['a=b', 'a=b'],
    ['ünï, 🐘', '"ünï, 🐘"'],
  ])('%j → %j', (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });
});

describe('escapeCsvCell neutralises a formula hidden behind invisible or look-alike characters', () => {
  test.each<[label: string, cell: string, expected: string]>([
    ['a leading space', ' =1+1', "' =1+1"],
    ['several leading spaces', '   +1', "'   +1"],
    ['a space then a tab', ' \t=1', "' \t=1"],
    ['a no-break space (U+00A0)', '\u00a0=1', "'\u00a0=1"],
    ['an em space (U+2003)', '\u2003-1', "'\u2003-1"],
    ['an ideographic space (U+3000)', '\u3000@SUM(A1)', "'\u3000@SUM(A1)"],
    ['a zero-width space (U+200B)', '\u200b=1', "'\u200b=1"],
    ['a byte-order mark (U+FEFF)', '\ufeff=1', "'\ufeff=1"],
    ['a leading newline', '\n=cmd|calc', '"\'\n=cmd|calc"'],
    ['blank lines first', '\n\n  @x', '"\'\n\n  @x"'],
    ['fullwidth equals (U+FF1D)', '\uff1d1+1', "'\uff1d1+1"],
    ['fullwidth plus (U+FF0B)', '\uff0b1', "'\uff0b1"],
    ['fullwidth hyphen-minus (U+FF0D)', '\uff0d1', "'\uff0d1"],
    ['fullwidth at (U+FF20)', '\uff20SUM(A1)', "'\uff20SUM(A1)"],
    ['a space then fullwidth equals', ' \uff1d1', "' \uff1d1"],
  ])('%s', (_label, cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });

  test.each<[label: string, cell: string]>([
    ['a trigger after text', 'a =1'],
    ['a space before text', ' plain'],
    ['a newline before text', '\nplain'],
    ['fullwidth equals inside text', 'a\uff1db'],
  ])('leaves %s alone', (_label, cell) => {
    expect(escapeCsvCell(cell)).not.toMatch(/^"?'/);
  });
});

describe('toCsv', () => {
  test('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b,c', undefined],
      ]),
    ).toBe('a,1\r\n"b,c",\r\n');
  });
});

describe('checks as CSV', () => {
  test('has a header and one row per check, with ISO times', () => {
    const csv = checksToCsv([
      {
        id: 3,
        port: 443,
        protocol: 'tcp',
        platform: 'linux',
        kind: 'copy',
        commandId: 'ss',
        at: 0,
      },
    ]);
    expect(csv).toBe(
      'id,time,port,protocol,platform,kind,command,verdict,output\r\n' +
        '3,1970-01-01T00:00:00.000Z,443,tcp,linux,copy,ss,,\r\n',
    );
  });

  test('exportCsv reads back cell for cell, oldest first, formulas neutralised', async () => {
    const output = 'State Local\nLISTEN 0.0.0.0:80 users:(("nginx",pid=1))';
    await recordCheck(aCheck({ port: 80, at: 2000, kind: 'paste', verdict: 'in-use', output }));
    await recordCheck(aCheck({ port: 22, at: 1000, commandId: '=2+5' }));
    const rows = parseCsv(await exportCsv());
    expect(rows).toEqual([
      ['id', 'time', 'port', 'protocol', 'platform', 'kind', 'command', 'verdict', 'output'],
      ['2', '1970-01-01T00:00:01.000Z', '22', 'tcp', 'linux', 'view', "'=2+5", '', ''],
      ['1', '1970-01-01T00:00:02.000Z', '80', 'tcp', 'linux', 'paste', '', 'in-use', output],
    ]);
  });
});
