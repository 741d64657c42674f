// What the build produced, read from dist/ so the tests follow the site as it grows.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = 'dist';

/** Sections that are applications rather than reading pages: they may ship JavaScript. */
export const appSections = ['/search/', '/admin/', '/compare/'];

/** Every built HTML page as a URL path (`/case-studies/est-x-road-once-only/`), 404 included. */
export function builtPages(dir = distDir): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = `/${relative(dir, p).split('\\').join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** Built pages meant for reading: everything but the search and CMS applications. */
export const readingPages = (): string[] => builtPages().filter((u) => !appSections.some((s) => u.startsWith(s)));

/** The HTML the build wrote for a URL path. */
export function builtHtml(urlPath: string): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(distDir, file), 'utf8');
}

/** Where a built redirect page sends the reader (its meta refresh), or undefined for an ordinary page. */
export function redirectTarget(urlPath: string): string | undefined {
  return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(builtHtml(urlPath))?.[1];
}
