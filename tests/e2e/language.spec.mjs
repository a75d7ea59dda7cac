// The interface in English, Italian and Turkish: the picker, <html lang>,
// the remembered choice, and the browser's language on a first visit.
import { test, expect } from '@playwright/test';
import { BANDS, RATINGS_27_75, open, takeTest } from './helpers.mjs';

const nav = (page) => page.getByTestId('main-nav');

test('switching to Italiano and Türkçe translates the interface and sets <html lang>', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(nav(page).getByRole('link')).toHaveText(['Home', 'Self-test', 'Listen', 'Draft', 'Run', 'Share & backup']);
  await expect(page.locator('main h1')).toHaveText('Your customer service plan');

  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(nav(page).getByRole('link')).toHaveText(['Home', 'Autovalutazione', 'Ascolto', 'Stesura', 'Gestione', 'Condivisione e backup']);
  await expect(page.locator('main h1')).toHaveText('Il tuo piano di servizio clienti');
  await expect(page.getByRole('button', { name: "Apri l'esempio" })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sezioni' })).toBeVisible();
  await expect(page.getByLabel('Lingua')).toHaveValue('it');

  await page.getByLabel('Lingua').selectOption('tr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(nav(page).getByRole('link')).toHaveText(['Ana sayfa', 'Öz değerlendirme', 'Dinleme', 'Taslak', 'Yürütme', 'Paylaşım ve yedekleme']);
  await expect(page.locator('main h1')).toHaveText('Müşteri hizmetleri planınız');
  await expect(page.getByLabel('Dil')).toHaveValue('tr');
  await expect(page.getByLabel('Dil').locator('option')).toHaveText(['English', 'Italiano', 'Türkçe']);

  // The self-test in Turkish: statements and rating words.
  await nav(page).getByRole('link', { name: 'Öz değerlendirme' }).click();
  await expect(page.locator('main h1')).toHaveText('Müşteri hizmetleri öz değerlendirmesi');
  await page.getByTestId('start-test').click();
  await expect(page.getByTestId('progress')).toHaveText('25 ifadeden 0 yanıtlandı');
  await expect(page.locator('#area-heading')).toHaveText('Alan 1 / 7: Müşteri odaklı kültür');
  const first = page.locator('fieldset[data-statement="culture.1"]');
  await expect(first.locator('legend')).toHaveText('Memnun müşteriler yaratmak için ne gerekiyorsa yapmaya kararlıyız.');
  await expect(first.locator('label.rate .word')).toHaveText(['Hiç', 'Nadiren', 'Bazen', 'Sık sık', 'Her zaman']);
  await expect(page.getByRole('button', { name: 'Sonraki alan' })).toBeVisible();

  // Back to English.
  await page.getByLabel('Dil').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#area-heading')).toHaveText('Area 1 of 7: Customer-focused culture');
  await expect(page.getByTestId('progress')).toHaveText('0 of 25 answered');
});

test('the chosen language survives a reload and a new page of the same browser', async ({ page, context }) => {
  await open(page, '/');
  await page.getByLabel('Language').selectOption('tr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(nav(page).getByRole('link', { name: 'Öz değerlendirme' })).toBeVisible();
  await expect(page.getByLabel('Dil')).toHaveValue('tr');

  const other = await context.newPage();
  await open(other, '/share');
  await expect(other.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(other.locator('main h1')).toHaveText('Paylaşım ve yedekleme');
});

test('results are formatted and named in the chosen language', async ({ page }) => {
  await takeTest(page, RATINGS_27_75);
  await expect(page.getByTestId('total')).toHaveText('27.75');
  await expect(page.getByTestId('band')).toHaveText(BANDS.good);

  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('main h1')).toHaveText('Il tuo quoziente del servizio clienti');
  await expect(page.getByTestId('total')).toHaveText('27,75');
  await expect(page.getByTestId('band')).toHaveText('Buono, ma da migliorare nel complesso');
  await expect(page.getByTestId('area-row').first().locator('th')).toHaveText('Cultura orientata al cliente');
  await expect(page.getByTestId('area-row').first().locator('td.num')).toHaveText('3,75');
  await expect(page.getByLabel('Nota')).toBeVisible();

  await page.getByLabel('Lingua').selectOption('tr');
  await expect(page.getByTestId('total')).toHaveText('27,75');
  await expect(page.getByTestId('band')).toHaveText('İyi, ama genel iyileştirme gerekiyor');

  await nav(page).getByRole('link', { name: 'Ana sayfa' }).click();
  await expect(page.getByTestId('latest-total')).toHaveText('27,75');
});

test.describe('a first visit from an Italian browser', () => {
  test.use({ locale: 'it-IT' });

  test('starts in Italian', async ({ page }) => {
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(nav(page).getByRole('link', { name: 'Autovalutazione' })).toBeVisible();
    await expect(page.locator('main h1')).toHaveText('Il tuo piano di servizio clienti');
    await expect(page.getByLabel('Lingua')).toHaveValue('it');
    await expect(page.getByTestId('save-status')).toHaveText('Non ancora salvato: le modifiche vengono salvate in questo browser mentre lavori.');
  });

  test('a language chosen by hand wins over the browser language', async ({ page }) => {
    await open(page, '/');
    await page.getByLabel('Lingua').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(nav(page).getByRole('link', { name: 'Self-test' })).toBeVisible();
  });
});

test.describe('a first visit from a Turkish browser', () => {
  test.use({ locale: 'tr-TR' });

  test('starts in Turkish', async ({ page }) => {
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(nav(page).getByRole('link', { name: 'Öz değerlendirme' })).toBeVisible();
    await expect(page.locator('main h1')).toHaveText('Müşteri hizmetleri planınız');
    await expect(page.getByLabel('Dil')).toHaveValue('tr');
    await expect(page.getByRole('link', { name: 'İçeriğe geç' })).toBeAttached();
  });
});

test.describe('a first visit from a browser in another language', () => {
  test.use({ locale: 'de-DE' });

  test('falls back to English', async ({ page }) => {
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(nav(page).getByRole('link', { name: 'Self-test' })).toBeVisible();
  });
});
