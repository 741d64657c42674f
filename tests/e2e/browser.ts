// Which Chromium the browser tests use: Playwright's own build when installed, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const systemChromium = '/usr/bin/chromium';

/** Undefined means Playwright's own browser; a path means the system one. Throws, naming both, when neither exists. */
export function chromiumExecutable(): string | undefined {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return undefined;
  if (existsSync(systemChromium)) return systemChromium;
  throw new Error(
    `No Chromium for the browser tests: neither Playwright's (${own}) nor ${systemChromium} exists. ` +
      'Install Debian\'s package with "apt-get install -y chromium" (npx playwright install cannot download here).',
  );
}

/** Flags for Chromium in a sandboxed container with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
