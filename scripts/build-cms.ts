// `node scripts/build-cms.ts [dist]`: puts the CMS's browser bundle (src/cms/bundle.ts names it) into <dist>/admin/,
// from node_modules/.cache/dge-cms/<hash>/, rebuilt when an input changed: docs/decisions/006-cms-bundle-apart-from-site.md.
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';
import { cmsBundleFile, cmsBundleKey, cmsEntry, cmsSources } from '../src/cms/bundle.ts';

const root = resolve('.');
const dist = resolve(process.argv[2] ?? 'dist');
const cache = join(root, 'node_modules/.cache/dge-cms');
const started = performance.now();
// Warnings about Decap's dependencies ("use client", eval) that we cannot act on; those about our code are shown.
const quiet = new Set(['MODULE_LEVEL_DIRECTIVE', 'EVAL']);
const fail = (message: string): never => {
  console.error(`CMS bundle: ${message}`);
  process.exit(1);
};

const key = cmsBundleKey();
const entry = cmsBundleFile(key);
const cached = join(cache, key);
// First the page, which names the bundle it loads: a site built from other sources fails here, before any bundling.
const page = join(dist, 'admin/index.html');
const shown = (path: string) => (path.startsWith(root + sep) ? relative(root, path) : path);
if (!existsSync(page)) fail(`${shown(page)} is missing: run \`astro build\` first (\`npm run build\` runs both)`);
if (!readFileSync(page, 'utf8').includes(`src="/admin/${entry}"`))
  fail(`${shown(page)} does not load /admin/${entry}, the bundle of the current sources: was it built from other sources?`);

const rebuilt = !existsSync(join(cached, entry));
if (rebuilt) await bundle(key);
cpSync(cached, join(dist, 'admin'), { recursive: true });
prune();

const seconds = ((performance.now() - started) / 1000).toFixed(rebuilt ? 1 : 3);
const code = readFileSync(join(cached, entry));
// Gzipping 5 MB takes a quarter of a second: only worth it when the bundle is new.
const size = `${(code.length / 1e6).toFixed(2)} MB${rebuilt ? `, ${(gzipSync(code).length / 1e6).toFixed(2)} MB gzip` : ''}`;
console.log(`CMS bundle: ${rebuilt ? 'rebuilt' : 'cached'}, ${entry} (${size}) in ${seconds} s`);

/** Bundles the entry with Vite into a fresh folder, then moves it into the cache in one step. */
async function bundle(key: string): Promise<void> {
  // A folder of our own, renamed when complete: a build interrupted or run at the same time never leaves half a bundle.
  const out = `${join(cache, key)}.partial-${process.pid}`;
  // Allocator settings, read when Vite loads Rolldown: docs/decisions/002-allocator-variables.md.
  process.env['MIMALLOC_ARENA_EAGER_COMMIT'] ??= '0';
  process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
  // Nothing outside the key may change the bundle: React's production build whatever the shell says, no .env files.
  process.env['NODE_ENV'] = 'production';
  const { build } = await import('vite');
  let output: Rolldown.RolldownOutput;
  try {
    const result = await build({
      configFile: false,
      root,
      base: '/admin/',
      mode: 'production',
      envDir: false,
      publicDir: false,
      logLevel: 'warn',
      build: {
        outDir: out,
        emptyOutDir: true,
        assetsDir: 'cms',
        reportCompressedSize: false,
        // Decap is one 5 MB application; Vite's 500 KB warning says nothing new.
        chunkSizeWarningLimit: 6000,
        rolldownOptions: {
          input: cmsEntry,
          output: { entryFileNames: cmsBundleFile(key) },
          onLog: (level, log, handler) => {
            if (!quiet.has(log.code ?? '') || !/node_modules/.test(`${log.id ?? ''} ${log.message}`)) handler(level, log);
          },
        },
      },
    });
    output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    return fail(`could not bundle ${cmsEntry}: ${error instanceof Error ? error.message : String(error)}`);
  }
  checkInputs(output, out);
  try {
    renameSync(out, join(cache, key));
  } catch {
    // Another build of the same inputs finished first: its bundle is the same.
    rmSync(out, { recursive: true, force: true });
  }
}

/** Fails when the bundle holds a file of ours that cmsSources() did not find: the key would miss its changes. */
function checkInputs(output: Rolldown.RolldownOutput, out: string): void {
  const known = new Set(cmsSources());
  const missed = output.output
    .flatMap((o) => (o.type === 'chunk' ? o.moduleIds : []))
    .map((id) => id.split('?')[0] ?? id)
    .filter((id) => id.startsWith(root + sep) && !id.includes(`${sep}node_modules${sep}`))
    .map((id) => relative(root, id).split(sep).join('/'))
    .filter((file) => !known.has(file));
  if (missed.length === 0) return;
  rmSync(out, { recursive: true, force: true });
  fail(
    `the bundle includes ${missed.join(', ')}, which cmsSources() in src/cms/bundle.ts did not find: import it by a literal relative path`,
  );
}

/** Keeps the five bundles used last (other branches and worktrees share the cache), and no partial folder over an hour old. */
function prune(): void {
  const now = new Date();
  utimesSync(cached, now, now);
  const entries = readdirSync(cache).map((name) => ({ name, time: statSync(join(cache, name)).mtimeMs }));
  const stale = [
    ...entries.filter((e) => e.name.includes('.partial-') && now.getTime() - e.time > 3_600_000),
    ...entries
      .filter((e) => !e.name.includes('.partial-'))
      .sort((a, b) => b.time - a.time)
      .slice(5),
  ];
  for (const { name } of stale) rmSync(join(cache, name), { recursive: true, force: true });
}
