import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { cmsBundleFile, cmsBundleKey } from '../../src/cms/bundle.ts';
import { builtHtml, builtPages, distDir } from './site.ts';

/** Every file the build wrote, as a path relative to dist/ (`admin/cms/sql-ClSe8gyj.js`). */
const builtFiles = (dir = distDir): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(distDir, path)];
  });

test('/admin/ is noindex and outside search, and no other page loads the CMS', () => {
  const html = builtHtml('/admin/');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).toMatch(/<body[^>]*\sdata-pagefind-ignore="all"/);
  expect(html).not.toContain('data-pagefind-body');
  expect(html).toContain(`<script type="module" src="/admin/${cmsBundleFile(cmsBundleKey())}"></script>`);
  const others = builtPages().filter((url) => url !== '/admin/' && /\/admin\/cms|decap/i.test(builtHtml(url)));
  expect(others).toEqual([]);
});

test('the CMS bundle /admin/ loads is built from the current sources and is the only copy of Decap and React', () => {
  // The name carries the hash of the sources it was built from (src/cms/bundle.ts), so a stale bundle has another name.
  const bundle = join(distDir, 'admin', cmsBundleFile(cmsBundleKey()));
  expect(readFileSync(bundle, 'utf8')).toContain('registerPreviewTemplate');
  const outsideAdmin = builtFiles().filter((f) => /\.(js|html)$/.test(f) && !f.startsWith('admin/'));
  // Decap's name for its storage keys, and React 19's internals: neither belongs in the site's own scripts.
  const withCms = outsideAdmin.filter((f) =>
    /decap-cms|registerPreviewTemplate|__CLIENT_INTERNALS/.test(readFileSync(join(distDir, f), 'utf8')),
  );
  expect(withCms).toEqual([]);
});

test('/admin/ starts Decap from the prebuilt bundle, loading scripts from /admin/ only', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible({ timeout: 20_000 });
  expect(scripts[0]).toBe(`/admin/${cmsBundleFile(cmsBundleKey())}`);
  expect(scripts.every((s) => s.startsWith('/admin/'))).toBe(true);
  expect(errors).toEqual([]);
});

test('/admin/ carries the generated CMS configuration for every collection', () => {
  const json = /<script type="application\/json" id="cms-data">([\s\S]*?)<\/script>/.exec(builtHtml('/admin/'))?.[1] ?? '{}';
  const { config } = JSON.parse(json) as { config: { collections: { name: string }[]; publish_mode: string } };
  expect(config.publish_mode).toBe('editorial_workflow');
  expect(config.collections.map((c) => c.name)).toEqual(
    expect.arrayContaining(['caseStudies', 'countries', 'principles', 'training', 'pages']),
  );
});
