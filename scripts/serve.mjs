// A small static file server for the demo and the browser tests (no dependencies).
// Serves ROOT on 127.0.0.1; .wasm as application/wasm so browsers compile while downloading.
// Usage: node scripts/serve.mjs [--root DIR] [--port N] [--open PATH]   (PORT also works)
// As a module: const { url, close } = await serve({ root, port: 0 });
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export async function serve({ root, port = 0, host = '127.0.0.1', index = '/', log = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (path === '/' && index !== '/') return send(302, '', { location: index });
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'forbidden\n');
    let target = file;
    let info = await stat(target).catch(() => null);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) return send(301, '', { location: `${path}/` });
      target = join(file, 'index.html');
      info = await stat(target).catch(() => null);
    }
    if (!info?.isFile()) return send(404, 'not found\n');
    res.writeHead(200, {
      'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (log) console.log(`200 ${req.method} ${req.url}`);
    if (req.method === 'HEAD') return res.end();
    createReadStream(target).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const url = `http://${host}:${server.address().port}`;
  // Browsers keep (and pre-open) connections: end them, or close() waits for their timeouts.
  const close = () => new Promise((ok) => {
    server.close(ok);
    server.closeAllConnections();
  });
  return { url, server, close };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const root = arg('--root', fileURLToPath(new URL('..', import.meta.url)));
  const port = Number(arg('--port', process.env.PORT ?? 8080));
  const open = arg('--open', '/demo/');
  try {
    const { url } = await serve({ root, port, index: open, log: Boolean(process.env.QUARRY_SERVE_LOG) });
    console.log(`Quarry demo: ${url}${open}   (Ctrl+C stops the server)`);
  } catch (e) {
    console.error(`cannot serve on 127.0.0.1:${port}: ${e.message}${e.code === 'EADDRINUSE' ? ' (set PORT to another port)' : ''}`);
    process.exit(1);
  }
}
