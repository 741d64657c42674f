// A small static file server for the built site: gzip like a real host, directory indexes, 404 page.
// Used by the Playwright tests and the benchmarks, so both see what a deployment serves. Loopback only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.yml': 'text/yaml; charset=utf-8',
};
// Pagefind's index chunks are already compressed; gzipping them again only costs time.
const compressible = (ext: string) =>
  ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv', '.yml'].includes(ext);

/** Resolves a URL path to a file under root, or undefined. `/a/` → `a/index.html`. */
function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, clean);
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 = any free port); resolves with the server and its base URL.
 * @example const { url, server } = await serveStatic('dist', 4399) // url: 'http://127.0.0.1:4399'
 */
export function serveStatic(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = resolveFile(root, url.pathname);
    let status = 200;
    if (file && !url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!file) {
      status = 404;
      file = resolveFile(root, '/404.html');
      if (!file) return void res.writeHead(404).end('Not found');
    }
    const ext = extname(file);
    const gzip = compressible(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': statSync(file).size }),
    });
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
    }),
  );
}
