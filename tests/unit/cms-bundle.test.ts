import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmsBuildFiles, cmsBundleFile, cmsBundleKey, cmsSources } from '../../src/cms/bundle.ts';

// A copy of what the key reads (src/, the lock file, the build script, Vite's version), to change files in.
const root = mkdtempSync(join(tmpdir(), 'dgx-cms-key-'));
for (const file of ['src', ...cmsBuildFiles, 'node_modules/vite/package.json'])
  cpSync(file, join(root, file), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the CMS bundle key (src/cms/bundle.ts)', () => {
  it('follows the bundle entry to every source it imports: widgets, previews, schemas, helpers and UI strings', () => {
    const sources = cmsSources();
    expect(sources).toEqual(
      expect.arrayContaining([
        'src/cms/admin.ts',
        'src/cms/StableIdControl.tsx',
        'src/cms/previews/CaseStudyPreview.tsx',
        'src/schemas/case-study.ts',
        'src/lib/urls.ts',
        'src/i18n/en.json',
      ]),
    );
    expect(sources.filter((f) => f.startsWith('src/pages/') || f.startsWith('src/components/'))).toEqual([]);
  });

  it('changes when a file the bundle imports, the lock file or Vite changes, and not when a page or another helper does', () => {
    const before = cmsBundleKey(root);
    expect(cmsBundleKey(root)).toBe(before);
    appendFileSync(join(root, 'src/pages/index.astro'), '\n');
    appendFileSync(join(root, 'src/lib/sitemap-filter.ts'), '\n');
    expect(cmsBundleKey(root)).toBe(before);
    appendFileSync(join(root, 'src/lib/urls.ts'), '\n');
    const afterHelper = cmsBundleKey(root);
    expect(afterHelper).not.toBe(before);
    appendFileSync(join(root, 'package-lock.json'), '\n');
    const afterLock = cmsBundleKey(root);
    expect(afterLock).not.toBe(afterHelper);
    writeFileSync(join(root, 'node_modules/vite/package.json'), '{ "version": "0.0.0-other" }');
    expect(cmsBundleKey(root)).not.toBe(afterLock);
  });

  it('names the importing file when an import points at a file that does not exist', () => {
    mkdirSync(join(root, 'src/cms'), { recursive: true });
    writeFileSync(join(root, 'src/cms/min-items-list.ts'), "import { gone } from './gone.ts';\nexport const x = gone;\n");
    expect(() => cmsSources(root)).toThrow('src/cms/min-items-list.ts: imports src/cms/gone.ts, which does not exist');
  });
});

describe('scripts/build-cms.ts', () => {
  // A site to run the script in: the sources, a broken one among them, and node_modules linked (its cache is shared).
  const site = mkdtempSync(join(tmpdir(), 'dgx-cms-build-'));
  for (const file of ['src', 'scripts', ...cmsBuildFiles]) cpSync(file, join(site, file), { recursive: true });
  symlinkSync(resolve('node_modules'), join(site, 'node_modules'), 'dir');
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const buildCms = () =>
    spawnSync(process.execPath, ['scripts/build-cms.ts', 'dist'], {
      cwd: site,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
  const adminPage = (script: string) => {
    mkdirSync(join(site, 'dist/admin'), { recursive: true });
    writeFileSync(join(site, 'dist/admin/index.html'), `<script type="module" src="/admin/${script}"></script>`);
  };

  it('fails, naming the page, when the site was not built first', () => {
    const run = buildCms();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CMS bundle: dist/admin/index.html is missing: run `astro build` first');
  });

  it('fails, naming the bundle, when /admin/ was built from other sources', () => {
    adminPage('cms.000000000000.js');
    const run = buildCms();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`dist/admin/index.html does not load /admin/${cmsBundleFile(cmsBundleKey(site))}`);
  });

  it('fails, naming the file and line, when a CMS source does not compile', () => {
    appendFileSync(join(site, 'src/cms/min-items-list.ts'), 'export const broken = ;\n');
    adminPage(cmsBundleFile(cmsBundleKey(site)));
    const run = buildCms();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CMS bundle: could not bundle src/cms/admin.ts');
    expect(run.stderr).toMatch(/src\/cms\/min-items-list\.ts:\d+:\d+/);
  }, 60_000);
});
