// `node scripts/serve.ts [dir] [port]`: serves the built site with gzip on 127.0.0.1 (used by the browser tests).
import { serveStatic } from './lib/static-server.ts';

const [dir = 'dist', port = '4399'] = process.argv.slice(2);
const { url } = await serveStatic(dir, Number(port));
console.log(`serving ${dir} at ${url}`);
