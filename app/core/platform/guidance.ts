import type { DeviceKind } from './platform-ids.ts';

// Apart from detect.ts, so the advice is loaded with the commands, not with the first paint.
const guidance: Record<Exclude<DeviceKind, 'desktop'>, string> = {
  android:
    'Android has no terminal for these commands by default. Run them on the computer that ' +
    'owns the port, use the "from another machine" checks, or try a network scanner app on the phone.',
  ios:
    'iPhones have no terminal for these commands. Run them on the computer that owns the port, ' +
    'use the "from another machine" checks, or try a network scanner app.',
  ipados:
    'iPads have no terminal for these commands. Run them on the computer that owns the port, ' +
    'use the "from another machine" checks, or try a network scanner app.',
  chromeos:
    'ChromeOS runs these Linux commands once the Linux development environment is turned on ' +
    '(Settings, then Developers). They see only the Linux container, not the whole Chromebook.',
};

/** Plain advice for devices without a usual local shell; null for desktops. */
export function deviceGuidance(device: DeviceKind): string | null {
  return device === 'desktop' ? null : guidance[device];
}

/**
 * The advice a prerendered page carries for any phone or tablet (its stylesheet shows it only on
 * touch screens): the page is written before the device is known, and the device's own advice then
 * replaces it in the same place, so nothing below it moves.
 */
export const touchGuidance =
  'Phones and tablets have no terminal for these commands. Run them on the computer that owns ' +
  'the port, use the "from another machine" checks, or try a network scanner app.';
