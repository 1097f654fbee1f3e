// @ts-check
/** Runs a command with inherited output and resolves with its exit code. */
import { spawn } from 'node:child_process';

/** Spawns `command args…`, streaming its output; resolves with the exit code (1 on a signal). */
export function run(
  /** @type {string} */ command,
  /** @type {string[]} */ args,
  /** @type {NodeJS.ProcessEnv} */ env = {},
) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(1);
    });
  });
}
