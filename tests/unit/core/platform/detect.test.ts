import { describe, expect, test } from 'vitest';
import {
  detectPlatform,
  deviceGuidance,
  parsePlatformId,
  platformIds,
  platformLabels,
} from '../../../../app/core/platform/index.ts';
import { userAgents } from './user-agents.ts';

describe('detectPlatform from the user-agent string', () => {
  test.each(userAgents)('%s', (_label, userAgent, touchPoints, platform, device) => {
    const detected = detectPlatform(userAgent, undefined, touchPoints);
    expect({ platform: detected.platform, device: detected.device }).toEqual({ platform, device });
  });

  test('a Mac without touch points stays macOS when touchPoints is not given', () => {
    const [, safari] = userAgents.find(([label]) => label === 'Safari 17.4, macOS') ?? [];
    expect(detectPlatform(safari ?? '').device).toBe('desktop');
  });
});

const windowsUa = userAgents[0]?.[1] ?? '';
const linuxUa = userAgents.find(([label]) => label === 'Chrome 124, Linux')?.[1] ?? '';

describe('detectPlatform with client hints', () => {
  test.each([
    ['Windows', linuxUa, 'windows', 'desktop'],
    ['macOS', windowsUa, 'macos', 'desktop'],
    ['Linux', windowsUa, 'linux', 'desktop'],
    ['Chrome OS', windowsUa, 'linux', 'chromeos'],
    ['Chromium OS', windowsUa, 'linux', 'chromeos'],
    ['Android', windowsUa, 'linux', 'android'],
    ['iOS', windowsUa, 'macos', 'ios'],
  ] as const)(
    'uaData.platform %s wins over the user-agent string',
    (hint, userAgent, platform, device) => {
      const detected = detectPlatform(userAgent, { platform: hint, mobile: false, brands: [] });
      expect({ platform: detected.platform, device: detected.device }).toEqual({
        platform,
        device,
      });
    },
  );

  test.each(['', 'Unknown'])(
    'an empty or unknown hint (%j) falls back to the user-agent string',
    (hint) => {
      expect(detectPlatform(windowsUa, { platform: hint }).platform).toBe('windows');
    },
  );

  test('null uaData is ignored', () => {
    expect(detectPlatform(windowsUa, null).platform).toBe('windows');
  });
});

describe('labels and guidance', () => {
  test.each([
    [windowsUa, 0, 'Windows'],
    [linuxUa, 0, 'Linux'],
    [
      userAgents.find(([l]) => l === 'Firefox 125, Android')?.[1] ?? '',
      5,
      'Android (no local shell)',
    ],
    [userAgents.find(([l]) => l === 'Safari 17, iPhone')?.[1] ?? '', 5, 'iOS (no local shell)'],
  ] as const)('%s → %s', (userAgent, touchPoints, label) => {
    expect(detectPlatform(userAgent, undefined, touchPoints).label).toBe(label);
  });

  test.each(['android', 'ios', 'ipados', 'chromeos'] as const)(
    '%s devices get guidance',
    (device) => {
      expect(deviceGuidance(device)).toMatch(/\w{4,}/);
    },
  );

  test('ChromeOS guidance points to the Linux development environment', () => {
    expect(deviceGuidance('chromeos')).toContain('Linux development environment');
  });

  test('desktops get no guidance', () => {
    expect(deviceGuidance('desktop')).toBeNull();
  });

  test('every platform id has a label', () => {
    expect(platformIds.map((id) => platformLabels[id])).toEqual([
      'Linux',
      'macOS',
      'Windows',
      'FreeBSD',
    ]);
  });
});

describe('parsePlatformId', () => {
  test.each([
    ['linux', 'linux'],
    ['macos', 'macos'],
    ['windows', 'windows'],
    ['freebsd', 'freebsd'],
    ['Windows', 'windows'],
    ['remote', null],
    ['mac', null],
    ['', null],
    [' linux', null],
    [null, null],
    [undefined, null],
  ] as const)('%j → %j', (value, expected) => {
    expect(parsePlatformId(value)).toBe(expected);
  });
});
