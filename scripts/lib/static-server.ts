/**
 * A tiny static file server for the demo story and the e2e pages. With Chromium's
 * `--host-resolver-rules=MAP *.test 127.0.0.1`, an HTML page whose canonical link is
 * `http://<site>.test/<path>` is served at that same URL (plus the port), so pages load
 * on their own outlets' domains. Otherwise `http://<name>.test:PORT/<path>` is served
 * from `<root>/<name>/<path>` when that folder exists, `/` from `<root>/<name>.html`,
 * and anything else from `<root>/<path>`.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server: its port, the URL of an outlet's page, and a stop function. */
export interface StaticServer {
  port: number;
  /** The canonical URL of `<name>.html` with the server's port, else `http://<name>.test:PORT/`. */
  baseUrl(name: string): string;
  close(): Promise<void>;
}

/** The file under `root` that answers `pathname` on host `<sub>.test`, or null. */
export function resolveFile(root: string, sub: string | null, pathname: string): string | null {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  if (rel.split(sep).includes('..')) return null;
  const candidates: string[] = [];
  if (sub && existsSync(join(root, sub)) && statSync(join(root, sub)).isDirectory()) candidates.push(join(root, sub, rel));
  if (sub && (rel === '' || rel === '.')) candidates.push(join(root, `${sub}.html`));
  candidates.push(join(root, rel));
  for (const c of candidates) {
    const full = resolve(c);
    if (!full.startsWith(resolve(root))) continue;
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) {
      const index = join(full, 'index.html');
      if (existsSync(index)) return index;
      continue;
    }
    return full;
  }
  return null;
}

/** Canonical `.test` URLs of the HTML files directly in `root`: file name → URL. */
export function canonicalRoutes(root: string): Map<string, URL> {
  const routes = new Map<string, URL>();
  if (!existsSync(root)) return routes;
  for (const f of readdirSync(root).filter((n) => n.endsWith('.html'))) {
    const m = /<link\s+rel=["']canonical["']\s+href=["']([^"']+)["']/i.exec(readFileSync(join(root, f), 'utf8'));
    if (!m) continue;
    try {
      const u = new URL(m[1]);
      if (u.hostname.endsWith('.test')) routes.set(f, u);
    } catch {
      // not a URL: no canonical route
    }
  }
  return routes;
}

/** Serves `root` on 127.0.0.1 (port 0 = any free port); `extra` adds in-memory pages by host name (`name.test`, any path). */
export async function startStaticServer(root: string, port = 0, extra: Record<string, string> = {}): Promise<StaticServer> {
  const routes = canonicalRoutes(root);
  const byHostPath = new Map([...routes].map(([f, u]) => [`${u.hostname}${u.pathname}`, join(root, f)]));
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const sub = host.endsWith('.test') ? host.slice(0, -'.test'.length) : null;
    const url = new URL(req.url ?? '/', 'http://x');
    if (extra[host] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(extra[host]);
      return;
    }
    const file = byHostPath.get(`${host}${url.pathname}`) ?? resolveFile(root, sub, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    baseUrl: (name) => {
      const route = routes.get(`${name}.html`);
      if (!route) return `http://${name}.test:${actual}/`;
      const u = new URL(route.href);
      u.port = String(actual);
      return u.href;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
