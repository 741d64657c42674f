// The case study preview: the markup of src/pages/case-studies/[slug].astro, styled by the site's own CSS
// (registered in src/cms/admin.ts), so a contributor sees the page readers will see.
import type { ReactNode } from 'react';
import type { CaseStudy } from '../../schemas/case-study.ts';
import { t } from '../../i18n/t.ts';
import { countryUrl, themeUrl } from '../../lib/urls.ts';
import { CitedPreview } from './CitedPreview.tsx';
import { SourceListPreview } from './SourceListPreview.tsx';
import { UpdatedPreview } from './UpdatedPreview.tsx';
import { dataOf, dateOf, optionLabels, sourceOf, type DraftSource, type PreviewProps } from './preview-data.ts';

type Draft = Omit<CaseStudy, 'country' | 'sources' | 'published' | 'lastReviewed' | 'principles'> & {
  country: string;
  sources: DraftSource[];
  published: string;
  lastReviewed: string;
};

export function CaseStudyPreview({ entry, collection, widgetFor, fieldsMetaData }: PreviewProps) {
  const d = dataOf<Draft>(entry);
  const themeLabels = optionLabels(collection, 'themes');
  const statusLabels = optionLabels(collection, 'status');
  // The relation widget keeps the picked country's data; before a pick, show the stored ID.
  const countryName = (d.country && fieldsMetaData?.getIn(['country', 'countries', d.country, 'name'])) || d.country;
  const period = d.period?.start
    ? d.period.end
      ? t('meta.range', { start: d.period.start, end: d.period.end })
      : t('meta.ongoing', { start: d.period.start })
    : '';
  return (
    <main className="wrapper">
      <article>
        <p className="muted kicker">
          {t('caseStudy.label')} · <a href={countryUrl(d.country ?? '')}>{String(countryName ?? '')}</a>
        </p>
        <h1>{d.title}</h1>
        <p className="lead">{d.summary}</p>
        <UpdatedPreview date={dateOf(d.lastReviewed)} published={dateOf(d.published)} />
        <dl className="facts" aria-label={t('caseStudy.details')}>
          <dt>{t('meta.country')}</dt>
          <dd>{String(countryName ?? '')}</dd>
          <dt>{t('meta.period')}</dt>
          <dd>{period}</dd>
          <dt>{t('meta.status')}</dt>
          <dd>{d.status ? statusLabels[d.status] : ''}</dd>
          <dt>{t('meta.themes')}</dt>
          <dd>
            <ul className="tag-list">
              {(d.themes ?? []).map((id) => (
                <li key={id}>
                  <a className="tag" href={themeUrl(id)}>
                    {themeLabels[id] ?? id}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        <div className="grid-2 verdict">
          <List id="what-worked" className="good" heading={t('caseStudy.whatWorked')} items={d.whatWorked} />
          <List id="what-didnt" className="bad" heading={t('caseStudy.whatDidnt')} items={d.whatDidnt} />
        </div>
        <section aria-labelledby="lessons">
          <h2 id="lessons">{t('caseStudy.lessons')}</h2>
          <ol className="prose">
            {(d.lessons ?? []).map((l, i) => (
              <li key={i}>
                <CitedPreview text={l} />
              </li>
            ))}
          </ol>
        </section>
        {(d.outcomes ?? []).length > 0 && (
          <section aria-labelledby="outcomes">
            <h2 id="outcomes">{t('caseStudy.outcomes')}</h2>
            <ul className="outcomes prose">
              {(d.outcomes ?? []).map((o, i) => (
                <li key={i}>
                  {o.figure && <strong className="figure">{o.figure}</strong>} {o.text}
                  {o.year && <span className="muted"> ({o.year})</span>}
                  {o.source && <a href={`#source-${o.source}`}> [{o.source}]</a>}
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="prose body">{widgetFor('body') as ReactNode}</div>
        <SourceListPreview sources={(d.sources ?? []).map(sourceOf)} />
        {(d.contributors ?? []).length > 0 && (
          <p className="muted">
            {t('caseStudy.contributors')}: {(d.contributors ?? []).join(', ')}
          </p>
        )}
      </article>
    </main>
  );
}

function List({
  id,
  className,
  heading,
  items = [],
}: {
  id: string;
  className: string;
  heading: string;
  items?: readonly string[] | undefined;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {items.map((w, i) => (
          <li key={i}>
            <CitedPreview text={w} />
          </li>
        ))}
      </ul>
    </section>
  );
}
