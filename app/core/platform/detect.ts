import { platformLabels } from './platform-ids.ts';
import type { DeviceKind, PlatformId } from './platform-ids.ts';

/** The detected platform (whose commands to show) and the device kind (whether to show guidance). */
export interface DetectedPlatform {
  platform: PlatformId;
  device: DeviceKind;
  label: string;
}

/** The parts of `navigator.userAgentData` detection reads; passed in so this module stays pure. */
export interface UaDataLike {
  platform?: string;
  mobile?: boolean;
  brands?: { brand: string; version: string }[];
}

const deviceLabels: Record<Exclude<DeviceKind, 'desktop'>, string> = {
  android: 'Android (no local shell)',
  ios: 'iOS (no local shell)',
  ipados: 'iPadOS (no local shell)',
  chromeos: 'ChromeOS (Linux development environment)',
};

// Devices without a local shell borrow the commands of their nearest relative: Android and
// ChromeOS run a Linux kernel (ChromeOS can host a Debian container), iOS and iPadOS share
// Darwin with macOS, whose commands the user is most likely to run on a nearby Mac.
const nearestPlatform: Record<Exclude<DeviceKind, 'desktop'>, PlatformId> = {
  android: 'linux',
  ios: 'macos',
  ipados: 'macos',
  chromeos: 'linux',
};

function toDetected(platform: PlatformId, device: DeviceKind): DetectedPlatform {
  if (device === 'desktop') return { platform, device, label: platformLabels[platform] };
  return { platform: nearestPlatform[device], device, label: deviceLabels[device] };
}

// Client hints name the platform directly; only Chromium browsers send them.
function fromClientHints(uaData: UaDataLike): DetectedPlatform | null {
  switch ((uaData.platform ?? '').toLowerCase()) {
    case 'windows':
      return toDetected('windows', 'desktop');
    case 'macos':
      return toDetected('macos', 'desktop');
    case 'linux':
      return toDetected('linux', 'desktop');
    case 'chrome os':
    case 'chromeos':
    case 'chromium os':
      return toDetected('linux', 'chromeos');
    case 'android':
      return toDetected('linux', 'android');
    case 'ios':
      return toDetected('macos', 'ios');
    case 'freebsd':
      return toDetected('freebsd', 'desktop');
    default:
      return null;
  }
}

// Order matters: Android UAs also say "Linux", iPhone UAs also say "Mac OS X", and
// ChromeOS UAs also say "X11".
function fromUserAgent(ua: string, touchPoints: number): DetectedPlatform | null {
  if (/\b(iPhone|iPod)\b/.test(ua)) return toDetected('macos', 'ios');
  if (/\biPad\b/.test(ua)) return toDetected('macos', 'ipados');
  if (/\bAndroid\b/.test(ua)) return toDetected('linux', 'android');
  if (/\bCrOS\b/.test(ua)) return toDetected('linux', 'chromeos');
  if (/\bWindows\b/.test(ua)) return toDetected('windows', 'desktop');
  // Safari on iPadOS 13+ asks for desktop sites and reports a Mac; only the touch screen tells.
  if (/\bMacintosh\b|\bMac OS X\b/.test(ua)) {
    return touchPoints > 1 ? toDetected('macos', 'ipados') : toDetected('macos', 'desktop');
  }
  if (/\bFreeBSD\b/.test(ua)) return toDetected('freebsd', 'desktop');
  if (/\bLinux\b|\bX11\b/.test(ua)) return toDetected('linux', 'desktop');
  return null;
}

/**
 * Detects the user's platform from the user-agent string, client hints and touch support.
 * An unrecognised agent falls back to Linux desktop: its commands are the ones the test suite
 * runs for real, and the user can switch.
 */
export function detectPlatform(
  userAgent: string,
  uaData?: UaDataLike | null,
  touchPoints?: number,
): DetectedPlatform {
  const hinted = uaData ? fromClientHints(uaData) : null;
  return hinted ?? fromUserAgent(userAgent, touchPoints ?? 0) ?? toDetected('linux', 'desktop');
}
