// Screenshots of each page, desktop and 360 px phone, light and dark.
// Usage: node tests/e2e/screens.mjs [base-url]   (writes tests/e2e/screens/*.png)
// PAGES=/a,/b  LOCALE=it-IT  EXAMPLE=1 (open the example first)  PREFIX=name-
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';

const base = process.argv[2] || 'http://127.0.0.1:8080';
const out = new URL('./screens/', import.meta.url).pathname;
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const pages = (process.env.PAGES || '/,/self-test,/self-test/history,/share').split(',');
for (const scheme of ['light', 'dark']) {
  for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 780 }]]) {
    const ctx = await browser.newContext({ viewport, colorScheme: scheme, locale: process.env.LOCALE || 'en-GB' });
    const page = await ctx.newPage();
    await page.goto(base + '/');
    await page.locator('main h1').waitFor();
    if (process.env.EXAMPLE) {
      await page.getByTestId('open-example').click();
      await page.getByTestId('example-note').waitFor();
    }
    for (const p of pages) {
      await page.goto(base + p);
      await page.locator('main h1').waitFor();
      const name = `${process.env.PREFIX || ''}${(p.replace(/[/?=&]+/g, '_').replace(/^_|_$/g, '') || 'home')}-${label}-${scheme}.png`;
      await page.screenshot({ path: out + name, fullPage: true });
      console.log(name);
    }
    await ctx.close();
  }
}
await browser.close();
