/**
 * Finding and starting Chromium, shared by the PDF build step and the browser tests so both drive
 * the same browser the same way. Debian's Chromium by default; CHROMIUM_PATH names another.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is looked for. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless in a container, with nothing that reaches the network on its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The command that installs Chromium, for messages. */
export const CHROMIUM_INSTALL = 'apt-get update && apt-get install -y chromium';

/** True when there is a Chromium to start. */
export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Starts headless Chromium, or fails with the command that installs it. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumInstalled()) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}.\nInstall it with: ${CHROMIUM_INSTALL}\n(or set CHROMIUM_PATH to another Chromium binary).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** A port nothing is listening on, so several checkouts can build and test at once. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
