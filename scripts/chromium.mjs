// How Mkakati's scripts and tests start Debian's Chromium with the built extension (TOOLCHAIN.md).
import { resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags: the extension loaded (unless `extensionDir` is null), and no calls to hosts this
 * machine cannot reach; --no-sandbox lets it run as root.
 */
export function chromiumArgs({ headless = true, extensionDir = EXTENSION_DIR } = {}) {
  return [
    ...(headless ? ['--headless=new'] : []),
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
