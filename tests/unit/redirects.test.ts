import { describe, expect, it } from 'vitest';
import { isRedirectPath, isReservedSlug, redirectList } from '../../src/lib/redirects.ts';
import { inSitemap } from '../../src/lib/sitemap-filter.ts';

const principles = [{ id: 'P3', slug: 'transparency', clauses: [{ id: 'P3.1' }, { id: 'P3.2' }] }];
const renamed = [{ from: '/framework/open-government/', to: '/framework/transparency/', reason: 'Slug renamed' }];

describe('redirect pages', () => {
  it('give every principle and clause a short URL, then the explicit list', () =>
    expect(redirectList(principles, renamed).map((r) => [r.from, r.to])).toEqual([
      ['/framework/p3/', '/framework/transparency/'],
      ['/framework/p3-1/', '/framework/transparency/#p3-1'],
      ['/framework/p3-2/', '/framework/transparency/#p3-2'],
      ['/framework/open-government/', '/framework/transparency/'],
    ]));

  it('recognise short URLs and listed addresses, not pages', () => {
    expect(isRedirectPath('/framework/p12-10/', renamed)).toBe(true);
    expect(isRedirectPath('/framework/open-government/', renamed)).toBe(true);
    expect(isRedirectPath('/framework/transparency/', renamed)).toBe(false);
  });
});

describe('principle slugs', () => {
  it.each(['p3', 'p3-2', 'print', 'changelog'])('may not be %s, which the framework section already uses', (slug) =>
    expect(isReservedSlug(slug)).toBe(true),
  );
  it('may be an ordinary word', () => expect(isReservedSlug('privacy')).toBe(false));
});

describe('the sitemap', () => {
  it.each(['https://x.org/', 'https://x.org/framework/transparency/', 'https://x.org/data/'])('lists %s', (url) =>
    expect(inSitemap(url)).toBe(true),
  );
  it.each(['https://x.org/admin/', 'https://x.org/framework/p3-2/', 'https://x.org/api/v1/', 'https://x.org/robots.txt'])(
    'leaves out %s',
    (url) => expect(inSitemap(url)).toBe(false),
  );
});
