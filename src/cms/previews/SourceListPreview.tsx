// Mirrors src/components/SourceList.astro, so the preview gets the same markup and the same styles.
import type { Source } from '../../schemas/common.ts';
import { sourceDate } from '../../lib/source-date.ts';
import { t } from '../../i18n/t.ts';

export function SourceListPreview({
  sources,
  heading = t('caseStudy.sources'),
}: {
  sources: readonly Source[];
  heading?: string;
}) {
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{heading}</h2>
      <ol className="sources">
        {sources.map((s, i) => (
          <li id={`source-${i + 1}`} key={i}>
            {s.publisher} ({sourceDate(s, t('sources.nd'))}). <a href={s.url}>{s.title}</a>.
          </li>
        ))}
      </ol>
    </section>
  );
}
