// /feeds/case-studies.xml: every case study, newest update first.
import type { APIRoute } from 'astro';
import { caseStudies } from '../../lib/content.ts';
import { caseStudyFeed } from '../../lib/feeds/case-study-feed.ts';
import { feedUrls } from '../../lib/feeds/paths.ts';
import { siteUrl } from '../../config/site.ts';
import { t } from '../../i18n/t.ts';

export const GET: APIRoute = async () =>
  caseStudyFeed(await caseStudies(), {
    title: `${t('feeds.site')} | ${t('site.name')}`,
    subtitle: t('caseStudies.intro'),
    feedPath: feedUrls.site,
    pagePath: '/case-studies/',
    site: siteUrl,
  });
