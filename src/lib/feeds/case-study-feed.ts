// The feed of a set of case studies (all, one country's or one theme's), built from the collection.
import { contentLicence, publisher } from '../../config/site.ts';
import type { CaseStudyEntry } from '../content.ts';
import { absoluteUrl, caseStudyUrl } from '../urls.ts';
import { themes } from '../../schemas/vocabularies.ts';
import { atom } from './atom.ts';
import { formatPartialDate } from '../format-partial-date.ts';

/** An Atom feed of `entries`, served at `feedPath` and following the HTML page `pagePath`. */
export function caseStudyFeed(
  entries: readonly CaseStudyEntry[],
  opts: { title: string; subtitle: string; feedPath: string; pagePath: string; site: string },
): Response {
  const abs = (path: string) => absoluteUrl(path, opts.site);
  const xml = atom({
    title: opts.title,
    subtitle: opts.subtitle,
    url: abs(opts.feedPath),
    page: abs(opts.pagePath),
    author: publisher,
    rights: contentLicence.name,
    entries: entries.map((e) => ({
      title: e.data.title,
      url: abs(caseStudyUrl(e.id)),
      // Later developments travel with the entry, so a feed reader sees a goal that slipped without opening the page.
      summary: [e.data.summary, ...e.data.updates.map((u) => `${formatPartialDate(u.date)}: ${u.text}`)].join(' '),
      published: e.data.published,
      updated: e.data.lastReviewed,
      categories: e.data.themes.map((id) => ({ term: id, label: themes.label(id) })),
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
