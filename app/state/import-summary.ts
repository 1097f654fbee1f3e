import type { ImportResult, StoreImportCounts } from '../storage/index.ts';

const kinds: readonly {
  key: keyof ImportResult;
  label: string;
  /** What a skipped record means for this kind. */
  skipped: string;
}[] = [
  { key: 'checks', label: 'Checks', skipped: 'already in your history' },
  { key: 'notes', label: 'Notes', skipped: 'unchanged (yours is as new or newer)' },
  { key: 'pins', label: 'Pins', skipped: 'unchanged (already pinned)' },
  { key: 'feedback', label: 'Helpful answers', skipped: 'unchanged (yours is as new or newer)' },
  { key: 'settings', label: 'Settings', skipped: 'unchanged (your choice is kept)' },
];

/**
 * Says what an import did, one kind at a time, so a note or a pin is never counted as a check.
 * Checks are always reported; the other kinds only when the file carried any; then the import's
 * notices.
 */
export function describeImport(
  fileName: string,
  result: ImportResult & { notices?: readonly string[] },
): string {
  const parts = kinds
    .filter(({ key }) => key === 'checks' || total(result[key]) > 0)
    .map(({ key, label, skipped }) => {
      const { added, updated, skipped: kept } = result[key];
      const said = [`${added} added`];
      if (updated > 0) said.push(`${updated} updated (newer in the file)`);
      if (kept > 0) said.push(`${kept} ${skipped}`);
      return `${label}: ${said.join(', ')}.`;
    });
  // What the import left out or what else belongs to it (unknown settings, part n of m) comes last.
  return [`Imported ${fileName}.`, ...parts, ...(result.notices ?? [])].join(' ');
}

function total(counts: StoreImportCounts): number {
  return counts.added + counts.updated + counts.skipped;
}
