// Decap CMS end to end, through its real UI in Chromium, against a scratch copy of the repository built with its own
// /admin/ (pointing at a decap-server on CMS_E2E_PROXY_PORT) and served on CMS_E2E_SITE_PORT.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { expect as baseExpect, test } from '@playwright/test';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';
import { validateContent, formatProblem } from '../../scripts/lib/validate-content.ts';
import { addSource, fillCaseStudy, logIn, publishNow, typeRawBody } from './cms/cms-ui.ts';
import { buildSite, gitIn, removeScratch, scratchCopy, scratchGitRepo, startDecapServer } from './cms/scratch.ts';

const proxyPort = Number(process.env['CMS_E2E_PROXY_PORT'] ?? 8091);
const sitePort = Number(process.env['CMS_E2E_SITE_PORT'] ?? 4502);
const base = `http://127.0.0.1:${sitePort}`;
// The scratch site's /admin/ talks to the test's decap-server; a repository is configured so /contribute/ links to it.
const env = { CMS_PROXY_PORT: String(proxyPort), CMS_REPO: 'example-org/exchange' };

// Decap is a 5 MB application: on a busy machine (the other worker runs axe over every page) its first render of an
// editor or preview can take longer than Playwright's default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

// In order, in one worker: the later tests read what the earlier ones published.
test.describe.configure({ mode: 'default' });

let site = '';
let server: Server | undefined;
let stopProxy: () => Promise<void> = async () => {};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = scratchCopy('cms');
  buildSite(site, env);
  stopProxy = await startDecapServer(site, proxyPort, 'fs');
  server = (await serveStatic(join(site, 'dist'), sitePort)).server;
});

test.afterAll(async () => {
  await stopProxy();
  await new Promise((done) => server?.close(done));
  removeScratch(site);
});

const caseStudies = () => readdirSync(join(site, 'content/case-studies')).sort();
/** A file's frontmatter once decap-server has written it (it writes in place, so a read can catch it half-written). */
const written = (file: string) => {
  try {
    return parseFrontmatter(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
// A source the fact sheet knows (FACTS.md E1): validate refuses a URL in neither it nor the fact ledger.
const source = {
  publisher: 'Information System Authority (RIA)',
  title: 'Data Exchange Layer X-Road',
  url: 'https://www.ria.ee/x-road',
};
const slug = 'est-cms-test-the-quillwort-permit-service';
const xss = '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>';

test('a contributor logs in locally, writes a case study and publishes it as Markdown in content/case-studies/', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await logIn(page, base);
  await fillCaseStudy(page, base, {
    title: 'CMS test: the Quillwort permit service',
    summary: 'A case study written through the CMS by the end-to-end tests.',
    sources: [source],
  });
  // The preview mirrors the page and uses the site's own CSS (the facts box of FactList.astro).
  const preview = page.frameLocator('iframe');
  await expect(preview.locator('h1')).toHaveText('CMS test: the Quillwort permit service');
  await expect(preview.locator('.facts')).toHaveCSS('border-inline-start-width', '4px');
  await typeRawBody(page, `## Context\n\nTyped in the CMS.\n\n${xss}\n`);
  await publishNow(page);

  const file = join(site, 'content/case-studies', `${slug}.md`);
  await expect.poll(() => written(file)?.body.includes(xss)).toBe(true);
  const { data, body } = parseFrontmatter(readFileSync(file, 'utf8'));
  expect(data).toEqual({
    title: 'CMS test: the Quillwort permit service',
    summary: 'A case study written through the CMS by the end-to-end tests.',
    country: 'est',
    themes: ['interoperability', 'open-data'],
    period: { start: 2020 },
    status: 'active',
    whatWorked: ['A shared register was used by every agency.'],
    whatDidnt: ['Take-up was slow in rural districts.'],
    lessons: ['Agree who owns each register before building services on it.'],
    principles: ['P1'],
    sources: [source],
    published: new Date('2026-11-27'),
    lastReviewed: new Date('2026-11-27'),
  });
  expect(body).toContain('## Context\n\nTyped in the CMS.');
  expect(body).toContain(xss);
  const problems = validateContent(join(site, 'content'), site).map(formatProblem);
  expect(problems.filter((p) => p.includes(slug))).toEqual([]);
});

test('the new case study gets its page after a build, and search finds it', async ({ page }) => {
  test.setTimeout(90_000);
  buildSite(site, env);
  await page.goto(`${base}/case-studies/${slug}/`);
  await expect(page.locator('h1')).toHaveText('CMS test: the Quillwort permit service');
  await expect(page.getByRole('definition').getByRole('link', { name: 'Estonia' })).toBeVisible();
  const urls = await page.evaluate(async () => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    const found = await pagefind.search('Quillwort');
    return Promise.all(found.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
  });
  expect(urls).toEqual([`/case-studies/${slug}/`]);
});

test('the contribute page links to the configured repository and its content/README.md', async ({ page }) => {
  await page.goto(`${base}/contribute/`);
  const links = page.getByRole('region', { name: 'The repository' }).getByRole('link');
  await expect(links.first()).toHaveAttribute('href', 'https://github.com/example-org/exchange');
  await expect(links.nth(1)).toHaveAttribute('href', 'https://github.com/example-org/exchange/blob/main/content/README.md');
  await expect(page.getByRole('link', { name: 'the content manager page' })).toHaveAttribute('href', '/admin/');
});

test('raw HTML in a contributed body is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${base}/case-studies/${slug}/`);
  const body = page.locator('article .body');
  await expect(body).toContainText('<script>alert(1)</script>');
  await expect(body).toContainText('<img src=x onerror=alert(1)>');
  expect(await body.locator('script, img, [onerror]').count()).toBe(0);
  expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the CMS refuses a case study with no source, or with a javascript: source address, and writes nothing', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const before = caseStudies();
  await logIn(page, base);
  await fillCaseStudy(page, base, { title: 'CMS test: refused', summary: 'Never saved.', sources: [] });
  await publishNow(page);
  await expect(page.locator('[id^="sources-field"]').locator('..')).toContainText('Sources must be at least 1 item(s).');
  expect(caseStudies()).toEqual(before);

  await addSource(page, { ...source, url: 'javascript:alert(1)' });
  await publishNow(page);
  await expect(page.locator('[id^="sources-field"]')).toContainText(
    "Web address didn't match the pattern: must be a full web address starting with http:// or https://",
  );
  expect(caseStudies()).toEqual(before);
});

test('a maintainer edits a principle, whose ID and clause IDs cannot be changed, and no country can be created', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await logIn(page, base);
  await page.goto(`${base}/admin/#/collections/principles/entries/p1-privacy`);
  const id = page.getByLabel('ID', { exact: true });
  await expect(id).toHaveValue('P1');
  await expect(id).not.toBeEditable();
  await page.locator('[id^="clauses-field"]').getByRole('button', { name: 'Expand' }).first().click();
  await expect(page.getByLabel('Clause ID', { exact: true }).first()).toHaveValue('P1.1');
  await expect(page.getByLabel('Clause ID', { exact: true }).first()).not.toBeEditable();
  await page.getByLabel('Title', { exact: true }).first().fill('Privacy (edited)');
  await expect(page.frameLocator('iframe').locator('h1')).toHaveText('P1: Privacy (edited)');
  await publishNow(page);
  const principle = join(site, 'content/principles/p1-privacy.md');
  await expect.poll(() => written(principle)?.data['title']).toBe('Privacy (edited)');
  expect(written(principle)?.data['id']).toBe('P1');

  await page.goto(`${base}/admin/#/collections/countries`);
  await expect(page.getByText('Estonia')).toBeVisible();
  await expect(page.getByRole('link', { name: /Country/ })).toHaveCount(0);
});

test('training modules and their lessons are listed apart, though they share a folder', async ({ page }) => {
  const title = (file: string) =>
    String(parseFrontmatter(readFileSync(join(site, 'content/training', file), 'utf8')).data['title']);
  await logIn(page, base);
  await page.goto(`${base}/admin/#/collections/training`);
  await expect(page.getByText(title('data-literacy/index.md'), { exact: true })).toBeVisible();
  await expect(page.getByText(title('privacy-by-design/index.md'), { exact: true })).toBeVisible();
  await expect(page.getByText(title('data-literacy/01-why-data-literacy-matters.md'))).toHaveCount(0);
  await page.goto(`${base}/admin/#/collections/lessons-data-literacy`);
  await expect(page.getByText(title('data-literacy/01-why-data-literacy-matters.md'))).toBeVisible();
  await expect(page.getByText(title('data-literacy/index.md'), { exact: true })).toHaveCount(0);
});

test.describe('review flow', () => {
  let repo = '';
  test.beforeAll(async () => {
    await stopProxy();
    repo = scratchGitRepo('cms-git');
    stopProxy = await startDecapServer(repo, proxyPort, 'git');
  });
  // decap-server may still be deleting the published branch when the test ends: stop it before removing its repository.
  test.afterAll(async () => {
    await stopProxy();
    stopProxy = async () => {};
    removeScratch(repo);
  });

  test('a draft waits in the Workflow view and reaches main only when a maintainer publishes it', async ({ page }) => {
    test.setTimeout(90_000);
    const path = 'content/case-studies/est-cms-test-reviewed-before-publishing.md';
    const branch = 'cms/caseStudies/est-cms-test-reviewed-before-publishing';
    const onMain = () => gitIn(repo, 'ls-tree', '-r', '--name-only', 'main').split('\n').includes(path);
    await logIn(page, base);
    await fillCaseStudy(page, base, {
      title: 'CMS test: reviewed before publishing',
      summary: 'Waits for review.',
      sources: [source],
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    await expect.poll(() => gitIn(repo, 'branch', '--list', 'cms/*')).toContain(branch);
    expect(onMain()).toBe(false);

    // Once saved, a new entry's editor moves to the entry's own address; only then is it safe to leave.
    await expect(page).toHaveURL(/#\/collections\/caseStudies\/entries\/est-cms-test-reviewed-before-publishing/);
    await page.getByRole('link', { name: /Writing in Case studies collection/ }).click();
    await page.getByRole('link', { name: 'Workflow' }).click();
    await expect(page.getByText('CMS test: reviewed before publishing')).toBeVisible();
    await page.getByText('CMS test: reviewed before publishing').click();
    await page.getByRole('button', { name: /Status/ }).click();
    await page.getByRole('menuitem', { name: 'Ready' }).click();
    await expect.poll(() => gitIn(repo, 'config', `branch.${branch}.description`).trim()).toBe('decap-cms/pending_publish');
    expect(onMain()).toBe(false);

    await publishNow(page);
    await expect.poll(onMain).toBe(true);
    expect(existsSync(join(repo, path))).toBe(true);
  });
});
