import type { CheckRecord, PortStats } from './types.ts';

/** Folds one check into a port's summary (the newest check, later id winning a tie, gives the details). */
export function addToStats(stats: PortStats | undefined, check: CheckRecord): PortStats {
  const count = (stats?.count ?? 0) + 1;
  if (
    stats &&
    (stats.lastAt > check.at || (stats.lastAt === check.at && stats.lastId > check.id))
  ) {
    return { ...stats, count };
  }
  const next: PortStats = {
    port: check.port,
    count,
    lastAt: check.at,
    lastId: check.id,
    lastProtocol: check.protocol,
    lastPlatform: check.platform,
  };
  if (check.verdict !== undefined) next.lastVerdict = check.verdict;
  return next;
}

/** Summaries of every port that has checks, computed from scratch. */
export function statsOf(checks: readonly CheckRecord[]): Map<number, PortStats> {
  const stats = new Map<number, PortStats>();
  for (const check of checks) stats.set(check.port, addToStats(stats.get(check.port), check));
  return stats;
}

/** The two stores a stats refresh touches, from the caller's readwrite transaction. */
export interface StatsStores {
  checksByPort: { getAll(port: number): Promise<CheckRecord[]> };
  stats: { put(stats: PortStats): Promise<unknown>; delete(port: number): Promise<unknown> };
}

/**
 * Recomputes some ports' summaries from their checks, inside the caller's transaction
 * (requests run in order, so writes queued before are seen). Returns the requests to commit.
 */
export function refreshStats(stores: StatsStores, ports: Iterable<number>): Promise<void>[] {
  return [...new Set(ports)].map(async (port) => {
    const stats = statsOf(await stores.checksByPort.getAll(port)).get(port);
    if (stats) await stores.stats.put(stats);
    else await stores.stats.delete(port);
  });
}
