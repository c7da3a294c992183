// A static server for dist/ that behaves like a real host: gzip or brotli
// Content-Encoding, application/wasm, and a free loopback port (port 0).
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1. Options: `prefix` (serve under a sub-path such as
 * "/embed/app/"), `headers` (extra response headers), `compress` (default true),
 * `block` (a predicate on the path that answers 404, to inject failures),
 * `precompress` (compress every file before answering, as a host that
 * stores compressed copies: otherwise the first request of a file waits for
 * brotli at quality 11, half a second for the wasm, which a bench would count).
 * `stall` ({ path, before, release }: answers `path` up to the first
 * `before` in it, uncompressed, and the rest once the promise `release`
 * settles: a page that arrives slowly).
 * Returns { url, port, close, requests }.
 */
export async function startServer({ root, prefix = '/', headers = {}, compress = true, block = () => false, precompress = false, stall = null } = {}) {
  const base = resolve(root);
  const cache = new Map();
  const compressed = (file, info, body, br) => {
    const key = `${file}:${info.mtimeMs}:${info.size}:${br ? 'br' : 'gzip'}`;
    if (!cache.has(key)) {
      cache.set(key, br
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }));
    }
    return cache.get(key);
  };
  const compressible = (file) => !/\.(png|ico)$/.test(file);
  if (compress && precompress) {
    for (const entry of await readdir(base, { recursive: true, withFileTypes: true })) {
      const file = join(entry.parentPath ?? entry.path, entry.name);
      if (!entry.isFile() || !compressible(file)) continue;
      const [info, body] = await Promise.all([stat(file), readFile(file)]);
      compressed(file, info, body, true);
      compressed(file, info, body, false);
    }
  }
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    path = path.slice(prefix.length);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || block(path)) { res.writeHead(404).end('not found'); return; }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const type = TYPES[extname(file)] || 'application/octet-stream';
      const head = { 'Content-Type': type, 'Cache-Control': 'no-cache', ...headers };
      if (stall && path === stall.path && body.indexOf(stall.before) > 0) {
        const at = body.indexOf(stall.before);
        res.writeHead(200, head);
        res.write(body.subarray(0, at));
        await stall.release;
        res.end(body.subarray(at));
        return;
      }
      const accept = String(req.headers['accept-encoding'] || '');
      if (compress && compressible(file)) {
        if (accept.includes('br') || accept.includes('gzip')) {
          body = compressed(file, info, body, accept.includes('br'));
          head['Content-Encoding'] = accept.includes('br') ? 'br' : 'gzip';
          head['Vary'] = 'Accept-Encoding';
        }
      }
      res.writeHead(200, head).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    port, requests,
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

// `node tests/e2e/server.mjs [dir]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startServer({ root: process.argv[2] || 'dist' });
  console.log(`serving on ${s.url}`);
}
