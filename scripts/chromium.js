// @ts-check
/** Finds the Chromium every browser-driven tool uses: PORTWISE_CHROMIUM, Debian's, then Playwright's own. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet and off the network on CI machines. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Returns the path of a Chromium binary, or throws a message naming how to install one. */
export function findChromium() {
  const fromEnv = process.env.PORTWISE_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`PORTWISE_CHROMIUM points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
      'or point PORTWISE_CHROMIUM at a Chromium/Chrome binary.',
  );
}

/** Playwright launch options shared by Vitest browser mode, Playwright tests and the benchmark. */
export function launchOptions() {
  return { executablePath: findChromium(), args: chromiumArgs };
}
