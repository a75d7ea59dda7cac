// Accessibility: axe-core (WCAG 2.0/2.1 A and AA) on every page and state,
// in light and dark colour schemes. On failure the violations are printed.
import { test, expect } from '@playwright/test';
import { FIXTURE_V1, answer, open, openExample, pickFile, startTest, expectNoViolations } from './helpers.mjs';



const states = [
  {
    name: 'home, empty workbook',
    setup: async (page) => {
      await open(page, '/');
      await expect(page.getByTestId('first-visit')).toBeVisible();
    },
  },
  {
    name: 'home, example open',
    setup: async (page) => {
      await openExample(page);
      await expect(page.getByTestId('latest-total')).toBeVisible();
      await expect(page.getByTestId('notice')).toBeVisible();
    },
  },
  {
    name: 'self-test, start',
    setup: async (page) => {
      await open(page, '/self-test');
      await expect(page.getByTestId('start-test')).toBeVisible();
    },
  },
  {
    name: 'self-test, in progress',
    setup: async (page) => {
      await startTest(page);
      await answer(page, 'culture.1', 4);
      await answer(page, 'culture.2', 2);
      await page.getByRole('button', { name: 'Next area' }).click();
      await expect(page.locator('#area-heading')).toContainText('Area 2 of 7');
    },
  },
  {
    name: 'self-test, last area',
    setup: async (page) => {
      await startTest(page);
      await page.getByRole('list', { name: 'Areas' }).getByRole('button', { name: /Improving products/ }).click();
      await expect(page.getByTestId('finish-test')).toBeDisabled();
    },
  },
  {
    name: 'results',
    setup: async (page) => {
      await openExample(page);
      await page.getByRole('link', { name: 'See the results' }).click();
      await expect(page.getByTestId('total')).toBeVisible();
    },
  },
  {
    name: 'history',
    setup: async (page) => {
      await openExample(page);
      await open(page, '/self-test/history');
      await expect(page.getByTestId('comparison')).toBeVisible();
    },
  },
  {
    name: 'share, with an import preview',
    setup: async (page) => {
      await open(page, '/share');
      await pickFile(page, 'workbook-v1.json', FIXTURE_V1);
      await expect(page.getByTestId('preview')).toBeVisible();
    },
  },
  {
    name: 'share, after a refused file',
    setup: async (page) => {
      await open(page, '/share');
      await pickFile(page, 'other.json', '{"a":1}');
      await expect(page.getByTestId('notice')).toBeVisible();
    },
  },
  {
    name: 'page not found',
    setup: async (page) => {
      await open(page, '/no-such-page');
      await expect(page.locator('main h1')).toHaveText('Page not found');
    },
  },
];

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const s of states) {
      test(s.name, async ({ page }) => {
        await s.setup(page);
        await expectNoViolations(page, `${s.name} (${colorScheme})`);
      });
    }
  });
}

test.describe('keyboard', () => {
  for (const [path, heading] of [['/', 'Your customer service plan'], ['/self-test', 'Customer service self-test']]) {
    test(`"Skip to content" is the first stop and moves focus to the main content (${path})`, async ({ page }) => {
      await open(page, path);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('main h1')).toHaveText(heading, { timeout: 2000 });
      await expect(page.locator('main#main')).toBeFocused({ timeout: 2000 });
    });
  }

  test('"Next area" moves focus to the new area\'s heading', async ({ page }) => {
    await startTest(page);
    await page.getByRole('button', { name: 'Next area' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#area-heading')).toHaveText('Area 2 of 7: Products and sales materials');
    await expect(page.locator('#area-heading')).toBeFocused();
  });
});
