// @ts-check
/**
 * Preloaded into each build step the benchmark runs (`node --import`): on exit, appends the
 * process's peak resident memory in kilobytes to the file PORTWISE_PEAK_FILE names.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.PORTWISE_PEAK_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
