// At 360 px (a small phone) nothing scrolls sideways, on any page, with the
// example workbook filled in, in each language (Italian and Turkish texts
// run longer than English).
import { test, expect } from '@playwright/test';
import { open } from './helpers.mjs';

const PAGES = ['/', '/self-test', '/self-test/history', '/listen', '/listen/new', '/share'];

for (const locale of ['en-GB', 'it-IT', 'tr-TR']) {
  test.describe(`phone width, ${locale}`, () => {
    test.use({ viewport: { width: 360, height: 780 }, locale });

    test('no page scrolls sideways', async ({ page }) => {
      // The first-visit card's one button opens the example, in any language.
      await open(page, '/');
      await page.getByTestId('first-visit').getByRole('button').click();
      await expect(page.getByTestId('example-note')).toBeVisible();
      for (const path of PAGES) {
        await open(page, path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
      }
    });
  });
}
