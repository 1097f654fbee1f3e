// @ts-check
/**
 * A static host for the benchmark, serving `dist/` the way a production static host or CDN does:
 * every file compressed once (brotli, gzip), long-lived caching for hashed assets, prerendered pages
 * at their clean URLs and the single-page fallback to the app shell (scripts/lib/clean-urls.js). Unlike `vite preview`, which compresses each response on the
 * fly, it spends no CPU per request, so the server does not compete with the browser being measured.
 * It sends the same security headers as `npm start` (scripts/lib/security-headers.js).
 *
 * Run alone: `node scripts/bench/static-host.js <dir> <port>`.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from '../lib/security-headers.js';
import { fileFor } from '../lib/clean-urls.js';

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

/** @typedef {{ type: string, raw: Buffer, compressible: boolean, br?: Buffer, gzip?: Buffer, cache: string }} Entry */

/** @returns {AsyncGenerator<string>} every file under `dir` */
async function* walk(/** @type {string} */ dir) {
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/**
 * Reads every file under `dir`, keyed by URL path. Each is compressed on its first request and
 * kept (a build has thousands of prerendered pages; compressing all up front took minutes).
 */
export async function loadSite(/** @type {string} */ dir) {
  /** @type {Map<string, Entry>} */
  const site = new Map();
  for await (const path of walk(dir)) {
    const url = '/' + relative(dir, path).split(sep).join('/');
    const ext = extname(path);
    site.set(url, {
      type: TYPES[ext] ?? 'application/octet-stream',
      raw: await readFile(path),
      compressible: COMPRESSIBLE.has(ext),
      // Hashed build output never changes; the shell, manifest and service worker must revalidate.
      cache: url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  return site;
}

/**
 * Reads a file written after the host started (the benchmark writes its static baselines into the
 * served folder): without this they were answered 404, and a "static page" measured the error.
 * @param {string} dir @param {Map<string, Entry>} site @param {string} url
 */
function readLate(dir, site, url) {
  const path = join(dir, ...url.split('/'));
  if (!path.startsWith(join(dir, sep)) || !existsSync(path) || !statSync(path).isFile())
    return false;
  const ext = extname(path);
  site.set(url, {
    type: TYPES[ext] ?? 'application/octet-stream',
    raw: readFileSync(path),
    compressible: COMPRESSIBLE.has(ext),
    cache: 'no-cache',
  });
  return true;
}

/** The entry's brotli and gzip forms, made once. */
function compressed(/** @type {Entry} */ entry) {
  if (entry.compressible && entry.raw.length > 256 && !entry.br) {
    entry.br = brotliCompressSync(entry.raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    });
    entry.gzip = gzipSync(entry.raw, { level: 9 });
  }
  return entry;
}

/**
 * Serves `dir` on `port`; resolves once listening, with its URL and a stop function.
 * @param {string} dir @param {number} port
 */
export async function startStaticHost(dir, port) {
  const site = await loadSite(dir);
  if (!site.has('/index.html')) throw new Error(`${dir} has no index.html`);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    // Files by name, prerendered pages by clean URL, other page addresses the app shell.
    const file = fileFor(path, (f) => site.has(f) || readLate(dir, site, f)) ?? path;
    const found = site.get(file) ?? (readLate(dir, site, file) ? site.get(file) : undefined);
    const entry = found && compressed(found);
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
      'Cache-Control': entry.cache,
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
