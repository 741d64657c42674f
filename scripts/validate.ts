// `npm run validate`: checks every content entry and prints all problems as `file: field: message`.
// Astro alone logs a broken reference without failing and stops at the first bad file; this does neither.
import { resolve } from 'node:path';
import { formatProblem, validateContent } from './lib/validate-content.ts';

const dir = resolve(process.argv[2] ?? 'content');
const problems = validateContent(dir);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
console.log(`content OK: ${dir}`);
