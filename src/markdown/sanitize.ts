import { defineHastPlugin } from 'satteri';
import { isSafeUrl } from '../lib/is-safe-url.ts';

/**
 * Contributed Markdown is untrusted. Raw HTML (`<script>`, `<img onerror>`) is shown as the literal text the
 * author typed, never parsed; links and images keep only http(s), mailto, relative and fragment addresses.
 */
export const sanitizeMarkdown = defineHastPlugin({
  name: 'dgx-sanitize',
  raw: (node) => ({ type: 'text', value: node.value }),
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      for (const key of ['href', 'src'] as const) {
        const value = node.properties[key];
        if (value !== undefined && !isSafeUrl(String(value))) ctx.setProperty(node, key, undefined);
      }
    },
  },
});
