import type { PlatformId } from '../platform/platform-ids.ts';
import { platformLabels } from '../platform/platform-ids.ts';

/**
 * The same uses ordered for the reader's platform: those that name it first (on a Mac, the AirPlay
 * Receiver on 5000 and 7000), then those that name no platform, then those for other platforms,
 * each group in its curated order. A use names a platform in its curated name, such as
 * "AirPlay receiver (macOS)".
 */
export function platformFirst<T extends { name: string }>(uses: readonly T[], os: PlatformId): T[] {
  const rank = (use: T) => (namesPlatform(use, os) ? 0 : namesPlatform(use) ? 2 : 1);
  // Array.prototype.sort is stable: the curated order holds within each group.
  return [...uses].sort((a, b) => rank(a) - rank(b));
}

/** Whether a use's curated name names the given platform (or, without one, any platform). */
export function namesPlatform(use: { name: string }, os?: PlatformId): boolean {
  const name = use.name.toLowerCase();
  const labels = os ? [platformLabels[os]] : Object.values(platformLabels);
  return labels.some((label) => name.includes(label.toLowerCase()));
}
