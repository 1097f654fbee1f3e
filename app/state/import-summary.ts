import { joinSentences } from '../core/ports/query.ts';
import { m } from '../generated/paraglide/messages.js';
import type { ImportResult, StoreImportCounts } from '../storage/index.ts';

const kinds: readonly {
  key: keyof ImportResult;
  label: () => string;
  /** What a skipped record means for this kind. */
  skipped: (inputs: { count: number }) => string;
}[] = [
  { key: 'checks', label: m.pg_import_kind_checks, skipped: m.pg_import_skipped_checks },
  { key: 'notes', label: m.pg_import_kind_notes, skipped: m.pg_import_skipped_newer },
  { key: 'pins', label: m.pg_import_kind_pins, skipped: m.pg_import_skipped_pins },
  { key: 'feedback', label: m.pg_import_kind_feedback, skipped: m.pg_import_skipped_newer },
  { key: 'settings', label: m.pg_import_kind_settings, skipped: m.pg_import_skipped_settings },
];

/**
 * Says what an import did, one kind at a time, so a note or a pin is never counted as a check.
 * Checks are always reported; the other kinds only when the file carried any; then the import's
 * notices. In the reader's language (messages/pages: pg_import_summary_*, _kind_*, _count_*).
 */
export function describeImport(
  fileName: string,
  result: ImportResult & { notices?: readonly string[] },
): string {
  const parts = kinds
    .filter(({ key }) => key === 'checks' || total(result[key]) > 0)
    .map(({ key, label, skipped }) => {
      const { added, updated, skipped: kept } = result[key];
      const said: string[] = [m.pg_import_count_added({ count: added })];
      if (updated > 0) said.push(m.pg_import_count_updated({ count: updated }));
      if (kept > 0) said.push(skipped({ count: kept }));
      return m.pg_import_summary_kind({
        kind: label(),
        counts: said.join(m.pg_import_summary_separator()),
      });
    });
  // What the import left out or what else belongs to it (unknown settings, part n of m) comes last.
  return joinSentences([
    m.pg_import_summary_file({ file: fileName }),
    ...parts,
    ...(result.notices ?? []),
  ]);
}

function total(counts: StoreImportCounts): number {
  return counts.added + counts.updated + counts.skipped;
}
