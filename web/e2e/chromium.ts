// Debian's Chromium driven by playwright-core, with the flags it needs as root in a container (no sandbox, no
// GPU, no background traffic). Shared by the browser tests and the benchmarks; no test runner imports here.
import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export async function launch(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
