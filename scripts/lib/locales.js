// @ts-check
/**
 * The app's languages for the build scripts, which run in plain Node: read from
 * project.inlang/settings.json, the file Paraglide compiles from. app/i18n/locales.ts lists the same
 * for the app; tests/unit/i18n/messages.test.ts checks that the two agree.
 */
import { readFileSync } from 'node:fs';

/** @type {string[]} English first, then the others in the settings' order. */
export const LOCALES = JSON.parse(
  readFileSync(new URL('../../project.inlang/settings.json', import.meta.url), 'utf8'),
).locales;

/** The languages other than English, each a build of its own under its prefix (dist/de/ at /de/). */
export const OTHER_LOCALES = LOCALES.filter((l) => l !== 'en');

/** Matches a path's language prefix (`/de` in `/de/port/22`). */
export const LOCALE_PREFIX = new RegExp(`^/(${OTHER_LOCALES.join('|')})(?=/|$)`);
