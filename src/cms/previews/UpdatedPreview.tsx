// Mirrors src/components/Updated.astro.
import { formatDate, isoDate } from '../../lib/format-date.ts';
import { t } from '../../i18n/t.ts';

export function UpdatedPreview({ date, published }: { date: Date | undefined; published?: Date | undefined }) {
  return (
    <p className="updated muted">
      {published && (
        <>
          {t('meta.published')}: <time dateTime={isoDate(published)}>{formatDate(published)}</time> ·{' '}
        </>
      )}
      {date && (
        <>
          {t('meta.lastReviewed')}: <time dateTime={isoDate(date)}>{formatDate(date)}</time>
        </>
      )}
    </p>
  );
}
