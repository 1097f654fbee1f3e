import { describe, expect, test } from 'vitest';
import { encodeIanaColumns } from '../../../../app/core/ports/iana-columns.js';
import { decodeIana } from '../../../../app/core/ports/decode.ts';
import type { IanaRecord } from '../../../../app/core/ports/iana-columns.js';
import knowledge from '../../../../app/generated/knowledge.json' with { type: 'json' };
import type { KnowledgeData } from '../../../../app/core/ports/knowledge-data.ts';

const record = (port: number, transport: string, name: string, description: string) => ({
  port,
  transport,
  name,
  description,
});

/** The records a column set decodes to, in the encoder's input shape. */
function roundTrip(records: IanaRecord[]): IanaRecord[] {
  const table = decodeIana(encodeIanaColumns(records));
  return Array.from(table.port, (port, i) => ({
    port,
    transport: table.transport[i] ?? '',
    name: table.name[i] ?? '',
    description: table.description[i] ?? '',
  }));
}

describe('the IANA columns', () => {
  const records = [
    record(0, 'tcp', '', 'Reserved'),
    record(0, 'udp', '', 'Reserved'),
    record(1, 'tcp', 'tcpmux', 'TCP Port Service Multiplexer'),
    record(1, 'udp', '', 'Reserved'),
    record(21, 'tcp', 'ftp', 'File Transfer Protocol [Control]'),
    record(21, 'udp', 'ftp', 'FTP'),
    record(22, 'tcp', 'ssh', 'The Secure Shell (SSH) Protocol'),
    record(22, 'udp', 'ssh', 'The Secure Shell (SSH) Protocol'),
    record(22, 'sctp', 'ssh', 'SSH'),
    record(1000, 'tcp', 'cadlock2', 'cadlock2'),
    record(1001, 'tcp', 'privilege', 'Privilege'),
    record(1002, 'dccp', 'hao', 'HaO'),
    record(1003, 'tcp', '', 'Unassigned'),
    record(1004, 'tcp', 'named', ''),
  ];

  test('decode to exactly the records they were written from', () => {
    expect(roundTrip(records)).toEqual(records);
  });

  test('a nameless reserved record and a twin take no slot; a repeated name becomes a mark', () => {
    const columns = encodeIanaColumns(records);
    expect(columns.transport).toBe('wxtxtutUsttdtt');
    expect(columns.name).toEqual([
      'tcpmux',
      'ftp',
      'ftp',
      'ssh',
      'ssh',
      'cadlock2',
      'privilege',
      'hao',
      '',
      'named',
    ]);
    expect(columns.description).toEqual([
      'TCP Port Service Multiplexer',
      'File Transfer Protocol [Control]',
      '^',
      'The Secure Shell (SSH) Protocol',
      '^',
      '=',
      '~',
      'HaO',
      'Unassigned',
      '',
    ]);
    expect(columns.portDelta).toEqual([0, 0, 1, 0, 20, 0, 1, 0, 0, 978, 1, 1, 1, 1]);
  });

  test('refuses a description that is only a mark', () => {
    expect(() => encodeIanaColumns([record(5, 'tcp', 'x', '^')])).toThrow(/cannot be encoded/);
  });

  test('refuses an unknown transport', () => {
    expect(() => encodeIanaColumns([record(5, 'quic', 'x', 'X')])).toThrow(/unknown transport/);
  });

  test('the generated data is written the way the encoder writes it', () => {
    const data = knowledge as unknown as KnowledgeData;
    const table = decodeIana(data.iana);
    const again = encodeIanaColumns(
      Array.from(table.port, (port, i) => ({
        port,
        transport: table.transport[i] ?? '',
        name: table.name[i] ?? '',
        description: table.description[i] ?? '',
      })),
    );
    expect(again).toEqual(data.iana);
    expect(
      data.iana.description.filter((d) => d === '=' || d === '^' || d === '~').length,
    ).toBeGreaterThan(1000);
  });
});
