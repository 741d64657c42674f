// `node scripts/build.ts` (run by `npm run build` after `npm run validate`): builds the site into dist/ with the steps
// in scripts/lib/build-steps.ts, one process each, and stops at the first that fails, naming it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSteps } from './lib/build-steps.ts';

for (const step of buildSteps(resolve('.'))) {
  const run = spawnSync(process.execPath, [step.script, ...step.args], {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  if (run.status !== 0) {
    const why = run.error?.message ?? (run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`);
    console.error(`build: the ${step.name} step failed (${why}); the steps after it did not run`);
    process.exit(run.status || 1);
  }
}
