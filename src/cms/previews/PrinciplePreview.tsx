// The principle preview: the markup of src/pages/framework/[slug].astro and src/components/ClauseList.astro.
import type { ReactNode } from 'react';
import type { Principle } from '../../schemas/principle.ts';
import { frameworkVersion } from '../../config/framework.ts';
import { clauseAnchor } from '../../lib/urls.ts';
import { t } from '../../i18n/t.ts';
import { SourceListPreview } from './SourceListPreview.tsx';
import { dataOf, sourceOf, type DraftSource, type PreviewProps } from './preview-data.ts';

type Draft = Omit<Principle, 'sources' | 'caseStudies' | 'training'> & { sources: DraftSource[] };

export function PrinciplePreview({ entry, widgetFor }: PreviewProps) {
  const d = dataOf<Draft>(entry);
  const sources = (d.sources ?? []).map(sourceOf);
  return (
    <main className="wrapper">
      <article>
        <p className="muted">
          {t('framework.title')} · {t('framework.version', { version: frameworkVersion })} ·{' '}
          {t('framework.introducedIn', { version: d.introducedIn ?? '' })}
          {d.changedIn && `, ${t('framework.changedIn', { version: d.changedIn })}`}
        </p>
        <h1>
          {d.id}: {d.title}
        </h1>
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
              <p className="muted version">
                {t('framework.introducedIn', { version: c.introducedIn ?? '' })}
                {c.changedIn && `, ${t('framework.changedIn', { version: c.changedIn })}`}
              </p>
            </li>
          ))}
        </ol>
        <div className="prose">{widgetFor('body') as ReactNode}</div>
        {sources.length > 0 && <SourceListPreview sources={sources} heading={t('framework.echoes')} />}
      </article>
    </main>
  );
}
