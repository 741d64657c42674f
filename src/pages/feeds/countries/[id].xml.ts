// /feeds/countries/<id>.xml: one country's case studies, for each country that has any.
import type { APIRoute } from 'astro';
import { caseStudiesByCountry, countries } from '../../../lib/content.ts';
import { caseStudyFeed } from '../../../lib/feeds/case-study-feed.ts';
import { feedUrls } from '../../../lib/feeds/paths.ts';
import { countryCaseStudiesUrl } from '../../../lib/urls.ts';
import { siteUrl } from '../../../config/site.ts';
import { t } from '../../../i18n/t.ts';

export async function getStaticPaths() {
  const byCountry = await caseStudiesByCountry();
  return (await countries())
    .filter((c) => byCountry.has(c.id))
    .map((c) => ({ params: { id: c.id }, props: { name: c.data.name, entries: byCountry.get(c.id) ?? [] } }));
}

export const GET: APIRoute = ({ params, props }) =>
  caseStudyFeed(props['entries'], {
    title: `${t('caseStudies.inCountry', { country: props['name'] })} | ${t('site.name')}`,
    subtitle: t('feeds.subtitle'),
    feedPath: feedUrls.country(params['id'] ?? ''),
    pagePath: countryCaseStudiesUrl(params['id'] ?? ''),
    site: siteUrl,
  });
