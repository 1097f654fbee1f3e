/** Operating systems the command catalogue has local commands for. */
export type PlatformId = 'linux' | 'macos' | 'windows' | 'freebsd';

/** Kind of device the page runs on; everything but `desktop` lacks a usual local shell. */
export type DeviceKind = 'desktop' | 'android' | 'ios' | 'ipados' | 'chromeos';

/** Every platform id, in the order a platform switcher shows them. */
export const platformIds: readonly PlatformId[] = ['linux', 'macos', 'windows', 'freebsd'];

/** Human names of the platforms. */
export const platformLabels: Record<PlatformId, string> = {
  linux: 'Linux',
  macos: 'macOS',
  windows: 'Windows',
  freebsd: 'FreeBSD',
};

/** Reads a platform id from a URL value such as `?os=macos`; anything unknown gives null. */
export function parsePlatformId(value: string | null | undefined): PlatformId | null {
  if (typeof value !== 'string') return null;
  const lower = value.toLowerCase();
  return platformIds.find((id) => id === lower) ?? null;
}
