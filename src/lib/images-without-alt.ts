/**
 * The addresses of Markdown images that have no alt text: `![](chart.png)` is refused, `![EGDI by year](chart.png)` is not.
 * Used by `npm run validate` and by the CMS before it saves.
 * @example imagesWithoutAlt('Intro ![](chart.png)') // ['chart.png']
 */
export const imagesWithoutAlt = (markdown: string): string[] =>
  [...markdown.matchAll(/!\[\s*\]\(([^)]*)\)/g)].map((m) => m[1] ?? '');
