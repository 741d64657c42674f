import { defineHastPlugin } from 'satteri';
import { splitSourceMarkers } from '../lib/source-markers.ts';

/**
 * In case-study bodies, turns "[n]" into a link to the numbered source (#source-n) listed on the same page.
 * Other content has no numbered sources list, so the plugin leaves it alone.
 */
export const linkSourceMarkers = (ctx: { fileURL: URL | undefined }) =>
  ctx.fileURL?.pathname.includes('/content/case-studies/') &&
  defineHastPlugin({
    name: 'dgx-source-markers',
    text(node, v) {
      if (!/\[\d{1,2}\]/.test(node.value)) return;
      const parent = v.parent(node);
      if (parent.type === 'element' && parent.tagName === 'a') return;
      v.replaceNode(
        node,
        splitSourceMarkers(node.value).map((p) =>
          'text' in p
            ? { type: 'text' as const, value: p.text }
            : {
                type: 'element' as const,
                tagName: 'a',
                properties: { href: `#source-${p.source}`, ariaLabel: `source ${p.source}` },
                children: [{ type: 'text' as const, value: `[${p.source}]` }],
              },
        ),
      );
    },
  });
