/** Child processes and shell runs for the system tests: real listeners, free ports, bash. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

/** A socket held open by a child process whose PID and name the commands should reveal. */
export interface Listener {
  protocol: 'tcp' | 'udp';
  address: '127.0.0.1' | '::1';
  port: number;
  pid: number;
  name: string;
  child: ChildProcess;
}

/** What a bash run returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

// The child renames itself (Linux puts process.title in /proc/PID/comm) so the tools show a
// name that cannot be confused with the test runner's own node processes.
const listenerScript = `
const [protocol, address, title] = process.argv.slice(1);
process.title = title;
const report = (port) => process.stdout.write(JSON.stringify({ port }) + '\\n');
if (protocol === 'tcp') {
  const server = require('node:net').createServer((socket) => socket.end());
  server.listen({ host: address, port: 0 }, () => report(server.address().port));
} else {
  const socket = require('node:dgram').createSocket(address.includes(':') ? 'udp6' : 'udp4');
  socket.bind(0, address, () => report(socket.address().port));
}
setInterval(() => {}, 60000);
`;

/** Starts a child process listening on a free port of the given protocol and address. */
export function startListener(
  protocol: 'tcp' | 'udp',
  address: '127.0.0.1' | '::1',
  title?: string,
): Promise<Listener> {
  const name = title ?? `pw-${protocol}${address === '::1' ? '6' : '4'}`;
  const child = spawn(process.execPath, ['-e', listenerScript, protocol, address, name], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`listener ${name} exited early (${String(code)})`)),
    );
    child.stdout.once('data', (chunk: Buffer) => {
      const { port } = JSON.parse(chunk.toString()) as { port: number };
      if (child.pid === undefined) throw new Error('listener has no PID');
      resolve({ protocol, address, port, pid: child.pid, name, child });
    });
  });
}

/** Starts a child that does nothing, for the stop-process command to end. */
export function startIdleChild(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' });
}

function canBind(kind: 'tcp' | 'udp4' | 'udp6', address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (kind === 'tcp') {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen({ host: address, port }, () => server.close(() => resolve(true)));
    } else {
      const socket = createSocket(kind);
      socket.once('error', () => resolve(false));
      socket.bind(port, address, () => socket.close(() => resolve(true)));
    }
  });
}

/** Finds a port nothing uses, by binding it (TCP and UDP, IPv4 and IPv6) and closing again. */
export async function findUnusedPort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const server = createServer();
    const port = await new Promise<number>((resolve) => {
      server.listen({ host: '127.0.0.1', port: 0 }, () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const free = await Promise.all([
      canBind('tcp', '127.0.0.1', port),
      canBind('tcp', '::1', port),
      canBind('udp4', '127.0.0.1', port),
      canBind('udp6', '::1', port),
    ]);
    if (free.every(Boolean)) return port;
  }
  throw new Error('could not find a port that is free for TCP and UDP on 127.0.0.1 and ::1');
}

/** Runs a command line with `bash -c`, as a user pastes it into a terminal. */
export function runBash(command: string, timeoutMs = 30_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Waits for a child process to end and reports the signal that ended it. */
export function waitForExit(
  child: ChildProcess,
  timeoutMs = 10_000,
): Promise<NodeJS.Signals | null> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(child.signalCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`process ${String(child.pid)} did not end`)),
      timeoutMs,
    );
    child.once('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal);
    });
  });
}
