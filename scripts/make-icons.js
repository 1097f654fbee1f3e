// @ts-check
/**
 * Renders the PWA icons from the single SVG source (scripts/icon-source.svg) into public/.
 * Run `npm run icons` after changing the SVG; the PNGs are committed so builds need no renderer.
 */
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const source = readFileSync('scripts/icon-source.svg', 'utf8');

/** Renders an SVG string to a square PNG of the given size. */
function render(/** @type {string} */ svg, /** @type {number} */ size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

// A maskable icon keeps its artwork inside the central 80 % safe zone on a full-bleed background.
const maskable = source
  .replace(
    '<rect width="64" height="64" rx="14" fill="#0f5e9c"/>',
    '<rect width="64" height="64" fill="#0f5e9c"/>',
  )
  .replace(/<svg([^>]*)viewBox="0 0 64 64"/, '<svg$1viewBox="-10 -10 84 84"')
  .replace('<circle', '<rect x="-10" y="-10" width="84" height="84" fill="#0f5e9c"/><circle');

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', render(source, 192));
writeFileSync('public/icons/icon-512.png', render(source, 512));
writeFileSync('public/icons/icon-maskable-512.png', render(maskable, 512));
writeFileSync('public/apple-touch-icon.png', render(maskable, 180));
copyFileSync('scripts/icon-source.svg', 'public/favicon.svg');
console.log('icons written to public/icons and public/apple-touch-icon.png');
