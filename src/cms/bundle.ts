// The CMS's browser bundle, built outside `astro build` by scripts/build-cms.ts: docs/decisions/006-cms-bundle-apart-from-site.md
// Its name carries a hash of everything that can change it, so /admin/ links the right file before the bundle exists.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/** The bundle's entry: registers the widgets and previews and starts Decap. */
export const cmsEntry = 'src/cms/admin.ts';

/** Inputs besides the entry's own source files: installed packages, the bundler and its settings, this file. */
export const cmsBuildFiles = ['package-lock.json', 'tsconfig.json', 'scripts/build-cms.ts', 'src/cms/bundle.ts'];

// `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`: the relative imports, the only ones that reach src/. A path
// built at run time, like import('./' + name), is not followed: scripts/build-cms.ts then fails, naming the file.
// Bare imports (react, decap-cms-app, astro/zod) are covered by package-lock.json.
const relativeImport = /\b(?:from|import)\s*\(?\s*['"`](\.{1,2}\/[^'"`?$]+)(?:\?[^'"`]*)?['"`]/g;
const scanned = /\.(?:ts|tsx|js|jsx|mjs)$/;

/**
 * The source files the bundle is made from, relative to the project root and sorted: the entry and every file it
 * imports, directly or not. scripts/build-cms.ts checks after each build that the bundler saw no other file of ours.
 * @example cmsSources() // ['src/cms/StableIdControl.tsx', 'src/cms/admin.ts', …, 'src/i18n/en.json', …]
 */
export function cmsSources(root = '.'): string[] {
  const found = new Set<string>();
  const visit = (file: string, from: string) => {
    if (found.has(file)) return;
    if (!existsSync(join(root, file))) throw new Error(`${from}: imports ${file}, which does not exist`);
    found.add(file);
    if (!scanned.test(file)) return;
    const dir = dirname(file);
    for (const [, spec = ''] of readFileSync(join(root, file), 'utf8').matchAll(relativeImport))
      visit(normalize(join(dir, spec)).split(sep).join('/'), file);
  };
  visit(cmsEntry, 'the CMS bundle');
  return [...found].sort();
}

/**
 * A hash of every input of the bundle: its sources, the lock file, the bundler's version and settings.
 * @example cmsBundleKey() // 'a3f09c1d2b7e'
 */
export function cmsBundleKey(root = '.'): string {
  const hash = createHash('sha256');
  const vite = JSON.parse(readFileSync(join(root, 'node_modules/vite/package.json'), 'utf8')) as { version: string };
  hash.update(`vite ${vite.version}\0`);
  for (const file of [...cmsBuildFiles, ...cmsSources(root)]) {
    if (!existsSync(join(root, file))) throw new Error(`CMS bundle: ${relative('.', join(root, file))} is missing`);
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** The bundle's entry file name in the built site's admin/ folder, e.g. `cms.a3f09c1d2b7e.js`. */
export const cmsBundleFile = (key: string): string => `cms.${key}.js`;

/**
 * The script /admin/ loads: the prebuilt bundle, or under `astro dev` the entry itself, which Vite's dev server
 * compiles on request (so edits show on reload, with no bundle to build).
 * @example cmsScriptUrl(false) // '/admin/cms.a3f09c1d2b7e.js'
 */
export const cmsScriptUrl = (dev: boolean): string => (dev ? `/${cmsEntry}` : `/admin/${cmsBundleFile(cmsBundleKey())}`);
