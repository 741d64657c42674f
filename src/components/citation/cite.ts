// The only JavaScript on reading pages: it fills in the reader's access date and shows the copy buttons.
// Everything else in a citation is in the HTML, so it works with JavaScript off ("[accessed date]" stays).
import { formatAccessDate } from '../../lib/citation/access-date.ts';
import type { CitationStyle } from '../../lib/citation/work.ts';

const today = new Date();
for (const el of document.querySelectorAll<HTMLElement>('[data-accessed]'))
  el.textContent = formatAccessDate(el.dataset['accessed'] as CitationStyle, today);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset['copy'] ?? '');
    const status = button.closest('[data-cite]')?.querySelector<HTMLElement>('[data-copy-status]');
    if (!target || !status) return;
    try {
      await navigator.clipboard.writeText(target.innerText.trim());
      status.textContent = status.dataset['done'] ?? '';
    } catch {
      // No clipboard access (e.g. plain http): select the text so the reader can copy it with the keyboard.
      getSelection()?.selectAllChildren(target);
      status.textContent = status.dataset['failed'] ?? '';
    }
  });
}
