// Renders public/icon.svg into the PNG sizes WXT picks up from public/icon/<size>.png.
// Usage: node scripts/make-icons.mjs
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = await readFile(join(root, 'public/icon.svg'), 'utf8');
const outDir = join(root, 'public/icon');
const sizes = [16, 32, 48, 96, 128];

// Debian's Chromium instead of a Playwright-downloaded browser (none can be downloaded here).
const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs({ extensionDir: null }) });

try {
  await mkdir(outDir, { recursive: true });
  for (const size of sizes) {
    // A fresh context per size, so deviceScaleFactor 1 gives exactly size×size pixels.
    const context = await browser.newContext({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    // Let the browser rasterise the vector at the target size (sharper than
    // downscaling one big bitmap); no margins or background so corners stay transparent.
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; padding: 0; background: transparent; }
        svg { display: block; width: ${size}px; height: ${size}px; }
      </style></head><body>${svg}</body></html>`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    const file = join(outDir, `${size}.png`);
    await writeFile(file, png);
    console.log(`wrote ${file.slice(root.length + 1)} (${size}x${size}, ${png.length} bytes)`);
    await context.close();
  }
} finally {
  await browser.close();
}
