// Screenshots of each card on a page, one PNG a card, to look at closely.
// Usage: PAGE=/run/team LOCALE=it WIDTH=360 SCHEME=dark EXAMPLE=1 [CLICK=css] node tests/e2e/shots-cards.mjs URL OUTDIR
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';

const [base = 'http://127.0.0.1:8080', out = '/tmp/shots'] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const ctx = await browser.newContext({
  viewport: { width: Number(process.env.WIDTH || 360), height: 800 },
  colorScheme: process.env.SCHEME || 'light',
  locale: process.env.LOCALE || 'en-GB',
});
const page = await ctx.newPage();
await page.goto(base + '/');
await page.locator('main h1').waitFor();
if (process.env.EXAMPLE) await page.getByTestId('first-visit').locator('button').click();
await page.goto(base + (process.env.PAGE || '/'));
await page.locator('main h1').waitFor();
if (process.env.CLICK) {
  await page.locator(process.env.CLICK).first().click();
  await page.locator('main h1').waitFor();
}
if (process.env.OPEN) for (const d of await page.locator('details').all()) await d.evaluate((e) => (e.open = true));
const cards = await page.locator('main .card, main > section > h1').all();
let i = 0;
for (const c of cards) {
  const name = `${out}/${String(i++).padStart(2, '0')}.png`;
  await c.screenshot({ path: name });
  console.log(name);
}
await browser.close();
