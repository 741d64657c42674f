// `node scripts/with-cms.ts <command> [args…]`: runs a site server (astro dev or astro preview) together with
// decap-server, so /admin/ on localhost writes Markdown into content/. decap-server listens on 127.0.0.1 only
// (BIND_HOST), port CMS_PROXY_PORT (8081), in its file-system mode: git mode would run `git add .` on this tree.
// Ctrl-C stops both; when either stops, the other is stopped too.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { readCmsSettings } from '../src/config/cms.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-cms.ts <command> [args…]   e.g. node scripts/with-cms.ts astro dev');
  process.exit(2);
}

const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
const { proxyPort } = readCmsSettings();
const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

function run(file: string, argv: string[], env: Record<string, string> = {}): void {
  const child = spawn(file, argv, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('error', (e) => {
    console.error(`${file}: ${e.message}`);
    stopAll(1);
  });
  child.on('exit', (code) => stopAll(code ?? 0));
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

run(process.execPath, [decapServer], { PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', LOG_LEVEL: 'warn' });
run(command, args);
console.log(`CMS: decap-server on http://127.0.0.1:${proxyPort}; open /admin/ on the site address below and click Login.`);
