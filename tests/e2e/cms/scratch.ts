// A scratch copy of the repository for the CMS tests: decap-server writes into it (and, in git mode, commits in it),
// and it is built there, so the developer's tree is never touched.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSteps } from '../../../scripts/lib/build-steps.ts';

export const repoRoot = resolve(import.meta.dirname, '../../..');
const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'blob-report']);

/** Copies the working tree (without build output or node_modules, which is linked) into a new temporary folder. */
export function scratchCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dgx-${name}-`));
  for (const entry of readdirSync(repoRoot))
    if (!skip.has(entry)) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** A git repository holding only content/, on branch `main`: what decap-server's git mode commits into. */
export function scratchGitRepo(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dgx-${name}-`));
  cpSync(join(repoRoot, 'content'), join(dir, 'content'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' }).toString();
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'cms-test@localhost');
  git('config', 'user.name', 'CMS test');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'content');
  return dir;
}

/** Runs a git command in a folder and returns its output. */
export const gitIn = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, stdio: 'pipe' }).toString();

/**
 * Builds a scratch copy with the steps of `npm run build` (scripts/lib/build-steps.ts): Astro, the CMS bundle (from the
 * cache node_modules shares with the repository), then the search index. The environment sets the CMS's proxy port.
 */
export function buildSite(dir: string, env: Record<string, string>): void {
  for (const step of buildSteps(dir))
    execFileSync(process.execPath, [step.script, ...step.args], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...step.env, ...env },
    });
}

/** Starts decap-server on 127.0.0.1 for a folder; resolves once it answers, with a function that stops it. */
export async function startDecapServer(dir: string, port: number, mode: 'fs' | 'git'): Promise<() => Promise<void>> {
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'node_modules/decap-server/dist/index.js')], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill();
    });
}

/** Removes a scratch folder, retrying while a process that just exited (git, decap-server) still has files in it. */
export const removeScratch = (dir: string): void =>
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
