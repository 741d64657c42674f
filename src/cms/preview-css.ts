// The previews use the site's own CSS: the global stylesheets and the <style> blocks of the components and pages the
// preview templates mirror. Astro scopes those blocks to its own markup; the preview iframe holds only the preview,
// so the rules are taken unscoped (`:global(dt)` becomes `dt`). Run at build time by src/pages/admin/index.astro.

/**
 * The CSS of a stylesheet, or of every `<style>` block of an .astro source.
 * @example stylesOf('Fact.astro', '<dl class="facts" />\n<style>.facts :global(dt) { font-weight: 700; }</style>')
 * // '.facts dt { font-weight: 700; }'
 */
export function stylesOf(file: string, source: string): string {
  if (file.endsWith('.css')) return source;
  const blocks = [...source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return blocks.map((css) => css.replace(/:global\(([^()]*)\)/g, '$1').trim()).join('\n');
}

/** All the preview CSS, in the order given (global styles first, as on the site). */
export const previewCss = (sources: Record<string, string>): string =>
  Object.entries(sources)
    .map(([file, source]) => `/* ${file} */\n${stylesOf(file, source)}`)
    .join('\n');
