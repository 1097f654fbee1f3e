import type { Feedback, Pin, PortHistory, PortNote, PortStats } from './types.ts';

/** Everything the history page is built from, as read in one transaction. */
export interface HistoryContents {
  stats: readonly PortStats[];
  notes: readonly PortNote[];
  pins: readonly Pin[];
  feedback: readonly Feedback[];
}

/** Looks up a port's service name for filtering (supplied by the knowledge base). */
export type PortNamer = (port: number) => string | undefined;

/**
 * Builds one row per port from the port summaries: pinned ports first, then newest first.
 * A port with a note, pin or feedback but no checks still gets a row, so nothing the user wrote
 * is hidden.
 */
export function groupHistory(
  contents: HistoryContents,
  filter = '',
  nameOf?: PortNamer,
): PortHistory[] {
  const rows = new Map<number, PortHistory>();
  for (const stats of contents.stats) {
    const row: PortHistory = {
      port: stats.port,
      count: stats.count,
      lastAt: stats.lastAt,
      pinned: false,
      lastProtocol: stats.lastProtocol,
      lastPlatform: stats.lastPlatform,
    };
    if (stats.lastVerdict !== undefined) row.lastVerdict = stats.lastVerdict;
    rows.set(stats.port, row);
  }
  // A note edit or a pin never reorders a port that has checks; without checks, they date it.
  const rowOf = (port: number, at: number): PortHistory => {
    let row = rows.get(port);
    if (!row) {
      row = { port, count: 0, lastAt: at, pinned: false };
      rows.set(port, row);
    }
    if (row.count === 0 && at > row.lastAt) row.lastAt = at;
    return row;
  };
  for (const note of contents.notes) rowOf(note.port, note.updatedAt).note = note;
  for (const pin of contents.pins) rowOf(pin.port, pin.pinnedAt).pinned = true;
  for (const answer of contents.feedback) rowOf(answer.port, answer.at).feedback = answer;

  const matches = matcher(filter, nameOf);
  return [...rows.values()].filter(matches).sort(byPinnedThenNewest);
}

function matcher(filter: string, nameOf?: PortNamer): (row: PortHistory) => boolean {
  const query = filter.trim().toLowerCase();
  if (query === '') return () => true;
  return (row) =>
    String(row.port).includes(query) ||
    (nameOf?.(row.port)?.toLowerCase().includes(query) ?? false) ||
    (row.note?.text.toLowerCase().includes(query) ?? false);
}

function byPinnedThenNewest(a: PortHistory, b: PortHistory): number {
  return Number(b.pinned) - Number(a.pinned) || b.lastAt - a.lastAt || a.port - b.port;
}
