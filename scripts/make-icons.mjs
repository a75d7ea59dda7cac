// Renders the app's icons (PNG, for the web app manifest) from SVG with
// Debian's Chromium. Run once after changing the design:
//   node scripts/make-icons.mjs        (writes public/icon-*.png)
import { chromium } from '@playwright/test';

const plain = (size) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${size}" height="${size}"><rect width="64" height="64" rx="14" fill="#1f5f8b"/><path d="M32 10 54 32 32 54 10 32z" fill="#fff"/><path d="M32 22 42 32 32 42 22 32z" fill="#1f5f8b"/></svg>`;
// Maskable: the background fills the square and the mark keeps to the
// middle 60%, so any mask shape leaves it whole.
const maskable = (size) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${size}" height="${size}"><rect width="64" height="64" fill="#1f5f8b"/><path d="M32 15 49 32 32 49 15 32z" fill="#fff"/><path d="M32 24 40 32 32 40 24 32z" fill="#1f5f8b"/></svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, svg, size] of [
  ['icon-192.png', plain, 192],
  ['icon-512.png', plain, 512],
  ['icon-maskable-512.png', maskable, 512],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
  await page.locator('svg').screenshot({ path: new URL(`../public/${name}`, import.meta.url).pathname, omitBackground: true });
  console.log(name);
}
await browser.close();
