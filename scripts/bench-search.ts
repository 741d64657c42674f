// `npm run bench:search [-- --pages 10000] [-- --runs 3] [-- --keep]`: builds a synthetic site of N case studies with the real site
// code, serves it with gzip on 127.0.0.1 and measures search in Chromium with an empty cache. Prints one table.
// `-- --reuse /tmp/dge-bench-search-…` (a folder kept with --keep) skips the corpus and `astro build`: it rebuilds only
// the search index and measures search again, for tuning the index or the search page's script.
// The corpus is the shared one the peer figures in the search issue came from (/work/shared/bench/gen-corpus.mjs).
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { countryMarkdown, mapCorpusPage } from './lib/bench-corpus.ts';
import { buildSteps, type BuildStep } from './lib/build-steps.ts';
import { sampleMemory } from './lib/process-memory.ts';
import { serveStatic } from './lib/static-server.ts';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/browser.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const reuse = arg('reuse');
const keep = process.argv.includes('--keep') || reuse !== undefined;
// The shared corpus generator beside the repository (../shared/bench/), or BENCH_CORPUS.
const generator = process.env['BENCH_CORPUS'] ?? resolve('../shared/bench/gen-corpus.mjs');
const dictionary = '/usr/share/dict/words';
const queries = ['borehole', 'women savings group', 'drought early warning'];
const repo = resolve('.');
const root = reuse ? resolve(reuse) : mkdtempSync(join(tmpdir(), 'dge-bench-search-'));
const content = join(root, 'content');
const pages = reuse ? readdirSync(join(root, 'corpus')).length : Number(arg('pages') ?? 1000);
const log = (msg: string) => console.error(`bench:search: ${msg}`);

// 1. A copy of the site and its content in a temporary folder. node_modules entries are linked one by one so Astro's and Vite's
//    caches (node_modules/.astro, .vite) start empty there and the repository's are left alone.
if (!reuse) {
  // package-lock.json and scripts/ are inputs of the CMS bundle's cache key (src/cms/bundle.ts).
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'scripts', 'src', 'public'])
    cpSync(entry, join(root, entry), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync('node_modules').filter((e) => e !== '.astro' && e !== '.vite'))
    symlinkSync(join(repo, 'node_modules', entry), join(root, 'node_modules', entry));
  // The site's own content (principles, training, change log … that pages rely on) plus the generated case studies.
  cpSync('content', content, { recursive: true });
}

// 2. The corpus, mapped onto our schema (scripts/lib/bench-corpus.ts).
const raw = join(root, 'corpus');
if (!reuse) {
  const generated = spawnSync(join(repo, 'node_modules/.bin/node'), [generator, String(pages), raw], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(`corpus generator failed: ${generated.stderr}`);
  const countries = new Map<string, ReturnType<typeof mapCorpusPage>['country']>();
  for (const file of readdirSync(raw)) {
    const { caseStudy, country } = mapCorpusPage(file, readFileSync(join(raw, file), 'utf8'));
    writeFileSync(join(content, 'case-studies', `${caseStudy.slug}.md`), caseStudy.markdown);
    countries.set(country.id, country);
  }
  for (const c of countries.values()) writeFileSync(join(content, 'countries', `${c.id}.md`), countryMarkdown(c));
}
const countryCount = readdirSync(join(content, 'countries')).length;
log(`${pages} case studies and ${countryCount} countries in ${root}`);

// 3. Build with the real site code, as `npm run build` does (less the content check): `astro build`, the CMS bundle,
//    then the search index, each in its own process. Wall time, CPU time (user + system, from GNU time when installed)
//    and the peak resident memory of each step's process tree (Node, the Pagefind binary), sampled every 50 ms.
//    The CMS bundle's cache (node_modules/.cache/dge-cms/) is the repository's, linked above: like `npm run build` on
//    the same sources, the step copies the cached bundle, or rebuilds it when its inputs changed.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
interface Step {
  seconds: number;
  cpu: number | undefined;
  peak: number;
  output: string;
}
async function step({ script, args, env }: BuildStep): Promise<Step> {
  const timeFile = join(root, 'time.txt');
  const command = [node, script, ...args];
  const [cmd, argv] = gnuTime ? [gnuTime, ['-f', '%U %S', '-o', timeFile, ...command]] : [node, command.slice(1)];
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: root,
    env: {
      ...process.env,
      PATH: `${join(repo, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const memory = sampleMemory(child.pid ?? 0);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  const peak = memory.stop();
  if (code !== 0) throw new Error(`${command.join(' ')} failed (exit ${code}); the site is in ${root}`);
  const cpu = gnuTime
    ? readFileSync(timeFile, 'utf8')
        .trim()
        .split(/\s+/)
        .map(Number)
        .reduce((a, b) => a + b, 0)
    : undefined;
  return { seconds: (performance.now() - started) / 1000, cpu, peak, output };
}
const skipped: Step = { seconds: 0, cpu: 0, peak: 0, output: '' };
const node = join(repo, 'node_modules/.bin/node');
// The steps `npm run build` runs, run in `root` (the working folder) with the repository's scripts.
const [astroStep, cmsStep, indexStep] = buildSteps(repo);
if (!astroStep || !cmsStep || !indexStep) throw new Error('scripts/lib/build-steps.ts no longer lists three steps');
// The build is timed `--runs` times from empty caches, the median run reported (docs/decisions/011-bench-median-of-runs.md);
// each run after the first moves the last one's output aside, deleted at the end (docs/decisions/012-bench-moves-runs-aside.md).
const buildRuns = reuse ? 1 : Number(arg('runs') ?? (pages <= 2000 ? 3 : 1));
const builds: { steps: Step[]; seconds: number; load: number }[] = [];
const previousRuns = `${root}-previous-runs`;
for (let run = 0; run < buildRuns; run++) {
  if (run > 0)
    for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
      const aside = join(previousRuns, String(run), dir);
      mkdirSync(join(aside, '..'), { recursive: true });
      if (existsSync(join(root, dir))) renameSync(join(root, dir), aside);
    }
  const load = loadavg()[0] ?? 0;
  const runSteps = [reuse ? skipped : await step(astroStep), reuse ? skipped : await step(cmsStep), await step(indexStep)];
  builds.push({ steps: runSteps, seconds: runSteps.reduce((n, s) => n + s.seconds, 0), load });
  log(`build ${run + 1}/${buildRuns}: ${runSteps.map((s) => `${s.seconds.toFixed(1)} s`).join(' + ')} (load ${load.toFixed(1)})`);
}
rmSync(previousRuns, { recursive: true, force: true });
const byTime = [...builds].sort((a, b) => a.seconds - b.seconds);
const median = byTime[Math.floor((byTime.length - 1) / 2)] as (typeof builds)[number];
const steps = median.steps;
const [, cmsBundle] = steps as [Step, Step, Step];
const buildSeconds = median.seconds;
const load = median.load;
const peakMemory = Math.max(...builds.flatMap((b) => b.steps.map((s) => s.peak)));
const runsText =
  builds.length > 1
    ? ` (median of ${builds.length} runs from empty caches: ${builds.map((b) => b.seconds.toFixed(1)).join(', ')} s)`
    : '';
// The step's own line: "CMS bundle: cached, cms.<hash>.js (…) in 0.030 s" or "CMS bundle: rebuilt, …".
const cmsHow = reuse ? 'not run (--reuse)' : (/CMS bundle: (cached|rebuilt)/.exec(cmsBundle.output)?.[1] ?? 'unknown');

// 4. What was built.
const dist = join(root, 'dist');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
const htmlPages = files(dist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;
const runtimeFiles = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'];
const uiFiles = /pagefind-(ui|modular-ui|component-ui|highlight)\.|wasm\.unknown/;
const indexBytes = files(join(dist, 'pagefind'))
  .filter((f) => !uiFiles.test(f) && !runtimeFiles.some((r) => f.endsWith(`/${r}`)) && !f.includes('/wasm.'))
  .reduce((n, f) => n + statSync(f).size, 0);
const indexed = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};

// 5. Serve with gzip, counting every byte the server writes per response (headers included): requests from the page
//    and from any web worker all pass through here.
const hits: { url: string; bytes: number; end: number }[] = [];
let inFlight = 0;
const { server, url } = await serveStatic(dist, 0);
server.prependListener('request', (req, res) => {
  const before = req.socket.bytesWritten;
  inFlight++;
  res.on('close', () => {
    inFlight--;
    hits.push({ url: req.url ?? '', bytes: req.socket.bytesWritten - before, end: Date.now() });
  });
});
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
/** Waits until nothing has been requested or sent for `quiet` ms, counting from now at the earliest. */
async function settle(quiet = 600): Promise<void> {
  const since = Date.now();
  for (;;) {
    const last = Math.max(since, hits.at(-1)?.end ?? 0);
    if (inFlight === 0 && Date.now() - last >= quiet) return;
    await sleep(50);
  }
}
const bytesBetween = (from: number, to = Infinity) =>
  hits.filter((h) => h.end >= from && h.end <= to).reduce((n, h) => n + h.bytes, 0);
const requestsBetween = (from: number, to = Infinity) => hits.filter((h) => h.end >= from && h.end <= to).length;

// 6. In Chromium, one fresh context (empty cache) per query: load /search/, type the query at 150 ms a key, time from
//    the last keystroke to the first result painted, then clear the box and type the next query (the second query).
type Shown = { key: number; mutation: number; paint: number };
interface Measure {
  ms: number;
  firstBytes: number;
  allBytes: number;
  requests: number;
  /** The longest wait between two keystrokes as the page saw them: past the page's 300 ms pause, a busy machine made it search in full mid-word. */
  maxGap: number;
}
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
async function typeAndWait(page: import('@playwright/test').Page, q: string): Promise<Measure> {
  await page.evaluate((query) => {
    const w = window as unknown as { bench: { key: number; keys: number[]; shown?: Shown } };
    w.bench = { key: 0, keys: [] };
    const now = () => performance.timeOrigin + performance.now();
    document.addEventListener(
      'keydown',
      () => {
        w.bench.key = now();
        w.bench.keys.push(w.bench.key);
      },
      true,
    );
    const list = document.getElementById('search-results') as HTMLElement;
    new MutationObserver(() => {
      if (w.bench.shown || list.dataset['query'] !== query || list.children.length === 0) return;
      const mutation = now();
      requestAnimationFrame(() => (w.bench.shown = { key: w.bench.key, mutation, paint: now() }));
    }).observe(list, { childList: true, attributes: true });
  }, q);
  const from = Date.now();
  await page.locator('#search-q').click();
  await page.keyboard.type(q, { delay: 150 });
  const handle = await page.waitForFunction(() => (window as unknown as { bench: { shown?: Shown } }).bench.shown, null, {
    timeout: 60_000,
  });
  const shown = (await handle.jsonValue()) as Shown;
  const keys = await page.evaluate(() => (window as unknown as { bench: { keys: number[] } }).bench.keys);
  const maxGap = Math.max(0, ...keys.slice(1).map((k, i) => k - (keys[i] ?? k)));
  // Then the rest of the page of results, the count read out and the facet counts, once typing has paused.
  await page
    .locator('#search-status')
    .filter({ hasText: `“${q}”` })
    .waitFor({ timeout: 60_000 });
  await settle();
  if (process.env['BENCH_DEBUG'])
    for (const h of hits.filter((x) => x.end >= from))
      log(`${q}: ${h.bytes} ${h.url}${h.end > shown.mutation ? ' (after first result)' : ''}`);
  return {
    ms: shown.paint - shown.key,
    firstBytes: bytesBetween(from, shown.mutation),
    allBytes: bytesBetween(from),
    requests: requestsBetween(from),
    maxGap,
  };
}
const runs: { q: string; load: number; loadRequests: number; first: Measure; second: Measure; secondQ: string }[] = [];
for (const [i, q] of queries.entries()) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const from = Date.now();
  await page.goto(`${url}/search/`);
  await settle();
  const load = bytesBetween(from);
  const loadRequests = requestsBetween(from);
  const first = await typeAndWait(page, q);
  await page.locator('#search-q').fill('');
  await settle();
  const secondQ = queries[(i + 1) % queries.length] ?? q;
  const second = await typeAndWait(page, secondQ);
  runs.push({ q, load, loadRequests, first, second, secondQ });
  await context.close();
}
const chromiumVersion = browser.version();
await browser.close();
server.close();

// 7. One table. KB = 1,000 bytes, as browsers' network panels count.
const targets: Record<number, { build: number; memory: number; firstQuery: number }> = {
  1000: { build: 11, memory: 650, firstQuery: 120 },
  10000: { build: 85, memory: 2700, firstQuery: 250 },
};
const target = targets[pages];
const ok = (value: number, limit: number | undefined) => (limit === undefined ? '' : value <= limit ? 'ok' : 'OVER');
const cpuText = steps.some((s) => s.cpu === undefined)
  ? 'n/a (no /usr/bin/time)'
  : `${steps.reduce((n, s) => n + (s.cpu ?? 0), 0).toFixed(1)} s (${steps.map((s) => `${(s.cpu ?? 0).toFixed(1)} s`).join(' / ')})`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const perStep = (f: (s: Step) => string) => steps.map(f).join(' / ');
const rows: [string, string, string][] = [
  [
    'corpus',
    `${pages} generated case studies + the site's content, ${countryCount} countries${reuse ? ' (reused: no astro build)' : ''}`,
    '',
  ],
  ['dictionary', existsSync(dictionary) ? `${dictionary} (wamerican)` : "generator's built-in fallback (no wamerican)", ''],
  [
    'build: astro build + CMS bundle + search index, wall',
    `${buildSeconds.toFixed(1)} s${runsText}`,
    target ? `<= ${target.build} s ${ok(buildSeconds, target.build)}` : '',
  ],
  ['  astro build / CMS bundle / search index, wall', perStep((s) => `${s.seconds.toFixed(1)} s`), ''],
  ['  CMS bundle (cached or rebuilt), wall', `${cmsHow}, ${cmsBundle.seconds.toFixed(1)} s`, ''],
  ['  CPU time (user + system): all (astro / CMS / search)', cpuText, ''],
  ['  load average when that run started (2 cores)', load.toFixed(1), ''],
  [
    `build: peak memory (process tree RSS)${builds.length > 1 ? ', highest of all runs' : ''}`,
    `${(peakMemory / 1e6).toFixed(0)} MB`,
    target ? `<= ${target.memory} MB ${ok(peakMemory / 1e6, target.memory)}` : '',
  ],
  ['  astro build / CMS bundle / search index, peak', perStep((s) => `${(s.peak / 1e6).toFixed(0)} MB`), ''],
  ['pages built (HTML) / per second', `${htmlPages} / ${(htmlPages / buildSeconds).toFixed(0)} per s`, ''],
  ['pages in the search index', String(Object.values(indexed.languages).reduce((n, l) => n + l.page_count, 0)), ''],
  ['index size on disk (chunks, fragments, filters, meta)', `${(indexBytes / 1e6).toFixed(2)} MB`, ''],
];
const stalled = (m: Measure) => (m.maxGap > 300 ? ` (typing stalled ${m.maxGap.toFixed(0)} ms: machine busy, rerun)` : '');
for (const r of runs) {
  rows.push(
    [
      `/search/ load before typing ("${r.q}" run)`,
      `${kb(r.load)} in ${r.loadRequests} requests`,
      `<= 40 KB ${ok(r.load, 40_000)}`,
    ],
    [`"${r.q}": keystroke -> first result painted`, `${r.first.ms.toFixed(0)} ms`, `<= 150 ms ${ok(r.first.ms, 150)}`],
    [
      `"${r.q}": first query, bytes to first result`,
      kb(r.first.firstBytes) + stalled(r.first),
      target ? `<= ${target.firstQuery} KB ${ok(r.first.firstBytes, target.firstQuery * 1000)}` : '',
    ],
    [`"${r.q}": first query, all (10 results, facet counts)`, `${kb(r.first.allBytes)} in ${r.first.requests} requests`, ''],
    [
      `"${r.secondQ}" next: second query, to first result`,
      `${kb(r.second.firstBytes)}, ${r.second.ms.toFixed(0)} ms${stalled(r.second)}`,
      `<= 30 KB ${ok(r.second.firstBytes, 30_000)}`,
    ],
    [`"${r.secondQ}" next: second query, all`, `${kb(r.second.allBytes)} in ${r.second.requests} requests`, ''],
  );
}
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(line(['measure', 'value', 'target']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\nChromium ${chromiumVersion}, gzip over 127.0.0.1; typed at 150 ms a key; each query in a fresh browser context.`);
if (keep) log(`kept ${root}`);
else rmSync(root, { recursive: true, force: true });
