// /feeds/themes/<theme>.xml: the case studies on one theme, for each theme that has any.
import type { APIRoute } from 'astro';
import { caseStudiesByTheme } from '../../../lib/content.ts';
import { caseStudyFeed } from '../../../lib/feeds/case-study-feed.ts';
import { feedUrls } from '../../../lib/feeds/paths.ts';
import { themeUrl } from '../../../lib/urls.ts';
import { themes } from '../../../schemas/vocabularies.ts';
import { siteUrl } from '../../../config/site.ts';
import { t } from '../../../i18n/t.ts';

export async function getStaticPaths() {
  const byTheme = await caseStudiesByTheme();
  return themes.terms
    .filter((term) => byTheme.has(term.id))
    .map((term) => ({ params: { theme: term.id }, props: { label: term.label, entries: byTheme.get(term.id) ?? [] } }));
}

export const GET: APIRoute = ({ params, props }) =>
  caseStudyFeed(props['entries'], {
    title: `${t('caseStudies.onTheme', { theme: props['label'] })} | ${t('site.name')}`,
    subtitle: t('feeds.subtitle'),
    feedPath: feedUrls.theme(params['theme'] ?? ''),
    pagePath: themeUrl(params['theme'] ?? ''),
    site: siteUrl,
  });
