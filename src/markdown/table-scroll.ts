import { defineHastPlugin } from 'satteri';
import { t } from '../i18n/t.ts';

/**
 * A Markdown table is put in the box the site's own tables sit in (src/components/TableScroll.astro): on a narrow
 * screen it scrolls sideways inside it rather than widen the page (WCAG 1.4.10 Reflow). The box is a focusable
 * region, named after the table's column headings since a Markdown table has no caption.
 */
export const scrollTables = defineHastPlugin({
  name: 'dgx-table-scroll',
  element: {
    filter: ['table'],
    visit(node, v) {
      const firstRow = (n: typeof node): typeof node | undefined => {
        for (const child of n.children) {
          if (child.type !== 'element') continue;
          if (child.tagName === 'tr') return child;
          const row = firstRow(child);
          if (row) return row;
        }
        return undefined;
      };
      const row = firstRow(node);
      const columns = (row?.children ?? [])
        .filter((c) => c.type === 'element')
        .map((c) => v.textContent(c).trim())
        .filter(Boolean)
        .join(', ');
      v.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: t('table.label', { columns }) },
        children: [],
      });
    },
  },
});
