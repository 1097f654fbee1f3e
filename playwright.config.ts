import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/chromium.js';

/**
 * Port of the preview server the end-to-end tests drive (not 4173, so a running `npm start` is left
 * alone); PORTWISE_E2E_PORT moves it, so two checkouts can run their suites side by side.
 */
export const E2E_PORT = Number(process.env.PORTWISE_E2E_PORT) || 4174;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    // The browser's languages pick the language of a first visit to / (app/i18n/choice.ts).
    locale: 'en-US',
    launchOptions: launchOptions(),
    serviceWorkers: 'allow',
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --port ${E2E_PORT} --strictPort`,
    url: `http://localhost:${E2E_PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
