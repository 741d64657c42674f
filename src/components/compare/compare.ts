// The /compare/ page's selection: reads ?c=est,sgp, shows only those countries' columns, chart bars and lessons,
// and keeps the address in step as the reader ticks boxes. Without it, every country is shown.
import { groupedBars } from '../../lib/grouped-bars.ts';

const form = document.querySelector<HTMLFormElement>('#compare-form');
const status = document.querySelector<HTMLElement>('#compare-status');
const showing = document.querySelector<HTMLElement>('#compare-showing');
const boxes = [...document.querySelectorAll<HTMLInputElement>('#compare-form input[name="c"]')];
const all = boxes.map((b) => b.value);
const min = Number(form?.dataset['min'] ?? 2);
const max = Number(form?.dataset['max'] ?? 4);
const allowed = (ids: string[]) => ids.length === all.length || (ids.length >= min && ids.length <= max);

/** `?c=est,sgp` or `?c=est&c=sgp` → known IDs, in page order. */
function fromUrl(): string[] {
  const asked = new URLSearchParams(location.search).getAll('c').flatMap((v) => v.split(','));
  const ids = all.filter((id) => asked.includes(id));
  return ids.length > 0 && allowed(ids) ? ids : all;
}

/** Re-lays out the chart's bars for the shown series so that no gaps are left. */
function relayout(names: string[]) {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-chart]')) {
    const plot = JSON.parse(svg.dataset['chart'] ?? '{}') as { width: number; height: number; max: number };
    const bars = [...svg.querySelectorAll<SVGGElement>('g[data-series]')];
    const shown = bars.filter((g) => names.includes(g.dataset['series'] ?? ''));
    const groups = [...new Set(bars.map((g) => g.dataset['group'] ?? ''))].map((label) => ({
      label,
      bars: shown
        .filter((g) => g.dataset['group'] === label)
        .map((g) => ({ series: g.dataset['series'] ?? '', value: Number(g.dataset['value']) })),
    }));
    const boxesOut = groupedBars(groups, plot);
    for (const g of bars) {
      const box = boxesOut.find((b) => b.group === g.dataset['group'] && b.series === g.dataset['series']);
      g.style.display = box ? '' : 'none';
      if (!box) continue;
      g.querySelector('rect')?.setAttribute('x', String(box.x));
      g.querySelector('rect')?.setAttribute('width', String(box.width));
      g.querySelector('text')?.setAttribute('x', String(box.x + box.width / 2));
    }
  }
  for (const li of document.querySelectorAll<HTMLElement>('.legend li[data-series]'))
    li.hidden = !names.includes(li.dataset['series'] ?? '');
}

function show(ids: string[]) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-country]'))
    el.hidden = !ids.includes(el.dataset['country'] ?? '');
  // A row with nothing for any shown country (e.g. an indicator only one country reports) is hidden too.
  for (const row of document.querySelectorAll<HTMLTableRowElement>('tbody tr:has(td[data-country])'))
    row.hidden = [...row.querySelectorAll<HTMLElement>('td[data-country]')].every(
      (td) => td.hidden || td.dataset['empty'] !== undefined,
    );
  for (const b of boxes) b.checked = ids.includes(b.value);
  const names = boxes.filter((b) => b.checked).map((b) => b.dataset['name'] ?? b.value);
  relayout(names);
  if (showing) showing.textContent = (showing.dataset['template'] ?? '').replace('{countries}', names.join(', '));
}

if (form && status) {
  form.hidden = false;
  let current = fromUrl();
  show(current);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', () => {
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!allowed(ids)) {
      status.textContent = (ids.length < min ? status.dataset['tooFew'] : status.dataset['tooMany']) ?? '';
      show(current);
      return;
    }
    status.textContent = '';
    current = ids;
    show(current);
    const url = new URL(location.href);
    if (ids.length === all.length) url.searchParams.delete('c');
    else url.searchParams.set('c', ids.join(','));
    history.replaceState(null, '', url.href.replace(/%2C/g, ','));
  });
}
