// Italian and Turkish texts are data (texts/<code>.json), fetched on demand:
// an Italian browser's first visit is in Italian from the first screen and
// fetches only its own language; switching fetches first; offline after one
// visit keeps the language; a file that cannot be had leaves the interface
// in English (the choice kept) and the switcher says so.
import { test, expect } from '@playwright/test';
import { open } from './helpers.mjs';

const nav = (page) => page.getByTestId('main-nav');
const DEVICE_KEY = 'servicebook/v1/device';

/** The texts files the page asks for, as paths without the query. */
function textsRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.includes('/texts/')) seen.push(url.pathname);
  });
  return seen;
}

/** Waits until a service worker controls the page. */
async function controlled(page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  }, null, { timeout: 30_000 });
}

test.describe('an Italian browser', () => {
  test.use({ locale: 'it-IT' });

  test('sees Italian from the first screen, fetching only Italian, and can switch to Turkish', async ({ page }) => {
    // Every heading the page ever shows, from before the app mounts.
    await page.addInitScript(() => {
      window.__headings = [];
      new MutationObserver(() => {
        const h = document.querySelector('main h1');
        if (h && h.textContent) window.__headings.push(h.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const seen = textsRequests(page);
    await open(page, '/');
    await expect(page.locator('main h1')).toHaveText('Il tuo piano di servizio clienti');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    const headings = await page.evaluate(() => window.__headings);
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => h !== 'Il tuo piano di servizio clienti')).toEqual([]);
    expect(seen).toEqual(['/texts/it.json']);

    await page.getByLabel('Lingua').selectOption('tr');
    await expect(page.locator('main h1')).toHaveText('Müşteri hizmetleri planınız');
    await expect(nav(page).getByRole('link')).toHaveText(['Ana sayfa', 'Öz değerlendirme', 'Dinleme', 'Taslak', 'Yürütme', 'Paylaşım ve yedekleme']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    expect(seen).toEqual(['/texts/it.json', '/texts/tr.json']);

    // Back to Italian: already loaded, nothing fetched.
    await page.getByLabel('Dil').selectOption('it');
    await expect(page.locator('main h1')).toHaveText('Il tuo piano di servizio clienti');
    expect(seen).toEqual(['/texts/it.json', '/texts/tr.json']);
  });

  test('a texts file of another build is fetched again past the HTTP cache', async ({ page }) => {
    let served = 0;
    await page.route('**/texts/it.json*', async (route) => {
      served += 1;
      // Addressed by the hash of the file the build was compiled with.
      expect(new URL(route.request().url()).search).toMatch(/^\?v=[0-9a-f]{16}$/);
      const response = await route.fetch();
      const body = await response.text();
      // The first answer is a stale file: another build's fingerprint.
      await route.fulfill({
        response,
        body: served === 1 ? body.replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"0000000000000000"') : body,
      });
    });
    await open(page, '/');
    await expect(page.locator('main h1')).toHaveText('Il tuo piano di servizio clienti');
    // Once refused, once taken (the second asks past the HTTP cache).
    expect(served).toBe(2);
  });
});

test('after one visit, a reload offline in Turkish is still in Turkish', async ({ page, context }) => {
  await open(page, '/');
  await controlled(page);
  await page.getByLabel('Language').selectOption('tr');
  await expect(page.locator('main h1')).toHaveText('Müşteri hizmetleri planınız');
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Müşteri hizmetleri planınız');
  await expect(page.getByLabel('Dil')).toHaveValue('tr');
  // Italian, never shown in this browser, is in the offline cache too.
  await page.getByLabel('Dil').selectOption('it');
  await expect(page.locator('main h1')).toHaveText('Il tuo piano di servizio clienti');
  await context.setOffline(false);
});

test.describe('when the texts cannot be fetched', () => {
  // No service worker to answer from its cache: offline on a first visit.
  test.use({ locale: 'tr-TR', serviceWorkers: 'block' });

  test('the app starts in English, keeps the choice, and the switcher says why it stays', async ({ page }) => {
    await page.route('**/texts/**', (route) => route.abort());
    await page.addInitScript((key) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify({ lang: 'Tr' }));
    }, DEVICE_KEY);
    await open(page, '/');
    await expect(page.locator('main h1')).toHaveText('Your customer service plan');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Language')).toHaveValue('en');
    // The stored choice is not overwritten.
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).lang, DEVICE_KEY);
    expect(stored).toBe('Tr');

    await page.getByLabel('Language').selectOption('it');
    await expect(page.getByTestId('notice').locator('p')).toHaveText(
      'This language could not be loaded. Check the connection and try again.',
    );
    await expect(page.getByLabel('Language')).toHaveValue('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main h1')).toHaveText('Your customer service plan');

    // Back online: the same choice now works, and the message goes.
    await page.unroute('**/texts/**');
    await page.getByLabel('Language').selectOption('it');
    await expect(page.locator('main h1')).toHaveText('Il tuo piano di servizio clienti');
    await expect(page.getByTestId('notice')).toHaveCount(0);
  });
});
