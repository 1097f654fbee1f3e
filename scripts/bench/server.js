// @ts-check
/** Builds the app and serves it on a fixed port for the benchmark. */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUILD_STEPS } from '../build.js';

/** Runs a command quietly; rejects with its captured output when it fails. */
export function runQuiet(
  /** @type {string} */ command,
  /** @type {string[]} */ args,
  cwd = '.',
  /** @type {NodeJS.ProcessEnv} */ env = {},
) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Builds the knowledge data, the production bundle and the prerendered pages into `dist/`, as
 * `npm run build` does, for a site at `origin`; resolves with the wall time and the peak memory of
 * its largest step.
 */
export async function buildApp(/** @type {string} */ root, origin = '') {
  const peakFile = join(await mkdtemp(join(tmpdir(), 'portwise-peak-')), 'peak');
  const started = performance.now();
  for (const args of BUILD_STEPS)
    await runQuiet(
      process.execPath,
      ['--import', join(root, 'scripts/bench/peak-memory.js'), ...args],
      root,
      // The site's address, so canonical URLs are absolute and name the host being measured.
      { PORTWISE_PEAK_FILE: peakFile, PORTWISE_ORIGIN: origin },
    );
  const seconds = (performance.now() - started) / 1000;
  const peaks = (await readFile(peakFile, 'utf8')).trim().split('\n').map(Number);
  await rm(dirname(peakFile), { recursive: true, force: true });
  return { seconds, peakMB: Math.max(...peaks) / 1024 };
}

/** Polls a URL until it answers 200 or the time is up. */
async function waitForServer(/** @type {string} */ url, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the static host did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Copies the fresh build to `dir`, so a build started elsewhere while the bench runs (the test
 * runner also writes `dist/`) cannot change what is measured. Returns `dir`.
 */
export async function snapshotBuild(/** @type {string} */ root, /** @type {string} */ dir) {
  await cp(join(root, 'dist'), dir, { recursive: true });
  return dir;
}

/**
 * Serves `outDir` on the port with scripts/bench/static-host.js (precompressed, as a production
 * static host does); resolves with its URL and a stop function for that exact PID.
 */
export async function startHost(
  /** @type {string} */ root,
  /** @type {number} */ port,
  /** @type {string} */ outDir,
) {
  const child = spawn(
    process.execPath,
    [join(root, 'scripts/bench/static-host.js'), outDir, String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  /** @type {string | null} */
  let exitInfo = null;
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exitInfo = `the static host (pid ${child.pid}) exited with ${signal ?? code}; its output:\n${output}`;
      resolve(signal ?? code);
    }),
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };
  const baseUrl = `http://localhost:${port}`;
  try {
    await Promise.race([
      waitForServer(baseUrl + '/'),
      exited.then((code) => {
        throw new Error(`the static host exited with ${code}:\n${output}`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  /** Says why the server stopped, or null while it runs. */
  const gone = () => exitInfo;
  return { baseUrl, pid: child.pid, stop, gone };
}
