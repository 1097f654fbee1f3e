// @ts-check
/**
 * Builds the app once for each language other than English, after the English build: dist/de/
 * served at /de/, with its own messages, manifest and service worker (vite.config.ts reads
 * PORTWISE_LOCALE). One Node process builds them in turn; scripts/prerender.js then writes every
 * language's pages.
 */
import { build } from 'vite';
import { OTHER_LOCALES as LANGUAGES } from './lib/locales.js';

const started = performance.now();
for (const l of LANGUAGES) {
  process.env.PORTWISE_LOCALE = l;
  await build({ logLevel: 'warn' });
}
delete process.env.PORTWISE_LOCALE;
console.log(
  `built ${LANGUAGES.length} more languages (${LANGUAGES.join(', ')}) in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
