// Builds one result's markup: title link, content type and country, excerpt with the matched words marked, and its
// best-matching sections linking to their anchors.
import { excerptStart } from '../../lib/search/excerpt-start.ts';
import { topSections } from '../../lib/search/top-sections.ts';
import type { ResultData } from './load-pagefind.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
};

const link = (href: string, text: string): HTMLAnchorElement => {
  const a = el('a');
  a.href = href;
  a.textContent = text;
  return a;
};

/** `sectionsLabel` names the list of sections, e.g. "Matching sections of P3: Transparency". */
export function resultItem(data: ResultData, browsing: boolean, sectionsLabel: (title: string) => string): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const item = el('li');
  const heading = el('h3');
  heading.append(link(data.url, title));
  item.append(heading);
  const kind = [data.meta.type, data.meta.country].filter(Boolean).join(' · ');
  if (kind) {
    const p = el('p', 'kind muted');
    p.textContent = kind;
    item.append(p);
  }
  const excerpt = el('p', 'excerpt');
  // Pagefind HTML-escapes excerpts before adding <mark>; meta values are raw text.
  if (browsing || data.excerpt.trim() === '') excerpt.textContent = data.meta.summary ?? '';
  else excerpt.innerHTML = excerptStart(data.excerpt);
  item.append(excerpt);
  const sections = browsing ? [] : topSections(data.sub_results.filter((s) => s.url !== data.url));
  if (sections.length > 0) {
    const list = el('ul', 'sections');
    list.setAttribute('aria-label', sectionsLabel(title));
    for (const s of sections) {
      const li = el('li');
      li.append(link(s.url, s.title));
      // The page's excerpt often comes from its best section: show that text once.
      if (s.excerpt !== data.excerpt) {
        const p = el('p');
        p.innerHTML = s.excerpt;
        li.append(p);
      }
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
