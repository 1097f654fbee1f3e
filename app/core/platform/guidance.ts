import { m } from '../../generated/paraglide/messages.js';
import type { DeviceKind } from './platform-ids.ts';

// Apart from detect.ts, so the advice is loaded with the commands, not with the first paint.
const guidance: Record<Exclude<DeviceKind, 'desktop'>, () => string> = {
  android: m.port_guidance_android,
  ios: m.port_guidance_ios,
  ipados: m.port_guidance_ipados,
  chromeos: m.port_guidance_chromeos,
};

/** Plain advice for devices without a usual local shell, in the page's language; null for desktops. */
export function deviceGuidance(device: DeviceKind): string | null {
  return device === 'desktop' ? null : guidance[device]();
}

/**
 * The advice a prerendered page carries for any phone or tablet (its stylesheet shows it only on
 * touch screens): the page is written before the device is known, and the device's own advice then
 * replaces it in the same place, so nothing below it moves. In the page's language.
 */
export function touchGuidanceText(): string {
  return m.port_guidance_touch();
}

/**
 * The same advice in English, the default locale's text. Kept for callers that read it as a
 * constant; `touchGuidanceText()` gives it in the page's language.
 */
export const touchGuidance =
  'Phones and tablets have no terminal for these commands. Run them on the computer that owns ' +
  'the port, use the "from another machine" checks, or try a network scanner app.';
