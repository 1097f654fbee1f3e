/** Locates ../shared/fixtures/commands for parser tests; absent in a user's clone, required on CI. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute path of the shared command-output fixtures folder. */
export const fixturesDir = resolve(repoRoot, '../shared/fixtures/commands');

/** Absolute path of the shared IANA reference copy. */
export const ianaCsvPath = resolve(repoRoot, '../shared/data/iana/service-names-port-numbers.csv');

/** Whether the shared fixtures are present beside this checkout. */
export const hasSharedFixtures = existsSync(fixturesDir);

/** Whether the shared IANA reference copy is present beside this checkout. */
export const hasIanaCsv = existsSync(ianaCsvPath);

if (process.env.CI && (!hasSharedFixtures || !hasIanaCsv)) {
  throw new Error(
    `CI=true but ../shared is missing (looked for ${fixturesDir}); CI must run these tests.`,
  );
}

/** Reason printed by describe.skipIf when ../shared is absent. */
export const skipReason = '../shared is not beside this checkout: shared-fixture tests skipped';

/** Reads one fixture file (path relative to the fixtures folder) as text. */
export function readFixture(relativePath: string): string {
  return readFileSync(resolve(fixturesDir, relativePath), 'utf8');
}

/** Parsed index.json of the fixtures folder. */
export function readFixtureIndex(): unknown {
  return JSON.parse(readFixture('index.json'));
}
