// The principle preview: the markup of src/pages/framework/[slug].astro and src/components/ClauseList.astro.
// The site address and framework version come from the build (src/pages/admin/index.astro): the change log they are
// read from is a file, which the browser cannot open.
import type { ReactNode } from 'react';
import type { Principle } from '../../schemas/principle.ts';
import { absoluteUrl, changelogUrl, clauseAnchor, clauseShortUrl, principleShortUrl } from '../../lib/urls.ts';
import { versionAnchor } from '../../lib/version-anchor.ts';
import { t } from '../../i18n/t.ts';
import { SourceListPreview } from './SourceListPreview.tsx';
import { dataOf, sourceOf, type DraftSource, type PreviewProps } from './preview-data.ts';

type Draft = Omit<Principle, 'sources' | 'caseStudies' | 'training'> & { sources: DraftSource[] };

/** What the principle preview needs from the build, e.g. `{ siteUrl: 'https://x.org', frameworkVersion: '0.1.0' }`. */
export interface PreviewSite {
  siteUrl: string;
  frameworkVersion: string;
}

const version = (v: string) => `${changelogUrl}#${versionAnchor(v)}`;

function Versions({ introducedIn = '', changedIn }: { introducedIn?: string | undefined; changedIn?: string | undefined }) {
  return (
    <>
      <a href={version(introducedIn)}>{t('framework.introducedIn', { version: introducedIn })}</a>
      {changedIn && (
        <>
          , <a href={version(changedIn)}>{t('framework.changedIn', { version: changedIn })}</a>
        </>
      )}
    </>
  );
}

/** The preview template for principles, for a site address and framework version. */
export const principlePreview = (site: PreviewSite) =>
  function PrinciplePreview({ entry, widgetFor }: PreviewProps) {
    const d = dataOf<Draft>(entry);
    const sources = (d.sources ?? []).map(sourceOf);
    const shortUrl = principleShortUrl(d.id ?? '');
    return (
      <main className="wrapper">
        <article>
          <p className="muted">
            {t('framework.title')} · <a href={changelogUrl}>{t('framework.version', { version: site.frameworkVersion })}</a> ·{' '}
            <Versions introducedIn={d.introducedIn} changedIn={d.changedIn} />
          </p>
          <h1>
            {d.id}: {d.title}
          </h1>
          <p className="muted short-url">
            {t('framework.shortUrl')} <a href={shortUrl}>{absoluteUrl(shortUrl, site.siteUrl)}</a>
          </p>
          <p className="lead statement">{d.statement}</p>
          <h2 id="rationale">{t('framework.rationale')}</h2>
          <p className="prose">{d.rationale}</p>
          <h2 id="clauses">{t('framework.clauses')}</h2>
          <ol className="clauses">
            {(d.clauses ?? []).map((c, i) => (
              <li id={clauseAnchor(c.id ?? '')} className="clause" key={i}>
                <a
                  className="clause-id"
                  href={`#${clauseAnchor(c.id ?? '')}`}
                  aria-label={t('framework.clauseLink', { id: c.id ?? '' })}
                >
                  {c.id}
                </a>
                <p>{c.text}</p>
                <p className="muted meta">
                  <Versions introducedIn={c.introducedIn} changedIn={c.changedIn} />
                  {' · '}
                  {t('framework.shortUrl')}{' '}
                  <a href={clauseShortUrl(c.id ?? '')}>{absoluteUrl(clauseShortUrl(c.id ?? ''), site.siteUrl)}</a>
                </p>
              </li>
            ))}
          </ol>
          <div className="prose">{widgetFor('body') as ReactNode}</div>
          {sources.length > 0 && <SourceListPreview sources={sources} heading={t('framework.echoes')} />}
        </article>
      </main>
    );
  };
