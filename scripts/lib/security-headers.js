// @ts-check
import { BOOT_LOADER_HASH } from './boot-loader.js';

/**
 * The HTTP headers every server of the built app sends: `npm start` (vite preview), the
 * benchmark's static host, and the static-host examples in the README, which a unit test keeps
 * equal to these values.
 */

/**
 * The Content-Security-Policy header. It repeats the policy of index.html's meta tag and adds
 * what only a header can carry: `frame-ancestors 'none'`, so no other site can frame the app.
 *
 * A browser enforces the header and the meta tag both, so each page ends up with the stricter of
 * the two. Styles are therefore left to the meta tag: index.html allows only 'self', and
 * dist/app-shell.html (the service worker's cached shell) allows 'self' plus its one inline
 * stylesheet by hash. A header naming no inline style would block that stylesheet, and its hash
 * changes with every build, so the header allows inline styles and the meta tags narrow them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The one inline script: the loader that starts the app on a prerendered page (boot-loader.js).
  `script-src 'self' ${BOOT_LOADER_HASH}`,
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Powerful browser features, all switched off except copying to the clipboard, which the
 * "Copy" buttons use. Only features Chromium knows are named: it logs a console error for any
 * other, and the end-to-end tests fail on console errors. Reading the clipboard keeps the
 * browser's default (this origin only, and only with the user's permission): the app never reads
 * it, but its end-to-end tests read back what a Copy button wrote.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'bluetooth=()',
  'camera=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Header name → value, for every response of the app. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
});
