import { expect, test } from '@playwright/test';
import { builtHtml, builtPages } from './site.ts';

test('/admin/ is noindex and outside search, and no other page loads the CMS', () => {
  const html = builtHtml('/admin/');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).toMatch(/<body[^>]*\sdata-pagefind-ignore="all"/);
  expect(html).not.toContain('data-pagefind-body');
  expect(html).toMatch(/component-url="\/_astro\/CmsApp\.[^"]+\.js"/);
  const others = builtPages().filter((url) => url !== '/admin/' && /CmsApp|decap/i.test(builtHtml(url)));
  expect(others).toEqual([]);
});

test('/admin/ carries the generated CMS configuration for every collection', () => {
  const json = /<script type="application\/json" id="cms-data">([\s\S]*?)<\/script>/.exec(builtHtml('/admin/'))?.[1] ?? '{}';
  const { config } = JSON.parse(json) as { config: { collections: { name: string }[]; publish_mode: string } };
  expect(config.publish_mode).toBe('editorial_workflow');
  expect(config.collections.map((c) => c.name)).toEqual(
    expect.arrayContaining(['caseStudies', 'countries', 'principles', 'training', 'pages']),
  );
});
