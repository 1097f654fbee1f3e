// @ts-check
/**
 * A static host for the benchmark, serving `dist/` the way a production static host or CDN does:
 * every file compressed once up front (brotli, gzip), long-lived caching for hashed assets, and the
 * single-page fallback to index.html. Unlike `vite preview`, which compresses each response on the
 * fly, it spends no CPU per request, so the server does not compete with the browser being measured.
 * It sends the same security headers as `npm start` (scripts/lib/security-headers.js).
 *
 * Run alone: `node scripts/bench/static-host.js <dir> <port>`.
 */
import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from '../lib/security-headers.js';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);

/** @typedef {{ type: string, raw: Buffer, br?: Buffer, gzip?: Buffer, cache: string }} Entry */

/** @returns {AsyncGenerator<string>} every file under `dir` */
async function* walk(/** @type {string} */ dir) {
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Reads and compresses every file under `dir`, keyed by URL path. */
export async function loadSite(/** @type {string} */ dir) {
  /** @type {Map<string, Entry>} */
  const site = new Map();
  for await (const path of walk(dir)) {
    const url = '/' + relative(dir, path).split(sep).join('/');
    const ext = extname(path);
    const raw = await readFile(path);
    /** @type {Entry} */
    const entry = {
      type: TYPES[ext] ?? 'application/octet-stream',
      raw,
      // Hashed build output never changes; the shell, manifest and service worker must revalidate.
      cache: url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (COMPRESSIBLE.has(ext) && raw.length > 256) {
      entry.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      entry.gzip = gzipSync(raw, { level: 9 });
    }
    site.set(url, entry);
  }
  return site;
}

/**
 * Serves `dir` on `port`; resolves once listening, with its URL and a stop function.
 * @param {string} dir @param {number} port
 */
export async function startStaticHost(dir, port) {
  const site = await loadSite(dir);
  const shell = site.get('/index.html');
  if (!shell) throw new Error(`${dir} has no index.html`);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const found = site.get(path) ?? site.get(path.endsWith('/') ? `${path}index.html` : '');
    // Single-page fallback: any other address without a file extension opens the app shell.
    const entry = found ?? (extname(path) === '' ? shell : undefined);
    if (!entry) {
      res
        .writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Not found');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const [encoding, body] =
      entry.br && /\bbr\b/.test(accepts)
        ? ['br', entry.br]
        : entry.gzip && /\bgzip\b/.test(accepts)
          ? ['gzip', entry.gzip]
          : ['', entry.raw];
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': entry === shell && !found ? 'no-cache' : entry.cache,
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const stop = () => new Promise((resolve) => server.close(() => resolve(undefined)));
  return { baseUrl: `http://localhost:${port}`, stop, files: site.size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '4173'] = process.argv.slice(2);
  const host = await startStaticHost(dir, Number(port));
  console.log(`serving ${host.files} files from ${dir} at ${host.baseUrl}`);
}
