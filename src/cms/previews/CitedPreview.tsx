// Mirrors src/components/Cited.astro: "[n]" markers in a text link to the numbered sources below.
// A list item just added in the editor has no text yet (null).
import { splitSourceMarkers } from '../../lib/source-markers.ts';
import { t } from '../../i18n/t.ts';

export function CitedPreview({ text }: { text: string | null | undefined }) {
  return (
    <>
      {splitSourceMarkers(text ?? '').map((p, i) =>
        'text' in p ? (
          p.text
        ) : (
          <a key={i} href={`#source-${p.source}`} aria-label={t('caseStudy.sourceRef', { n: p.source })}>
            [{p.source}]
          </a>
        ),
      )}
    </>
  );
}
