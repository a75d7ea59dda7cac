// Playwright configuration for Servicebook's end-to-end tests.
// Run: npm run e2e   (serves dist/ on port 4173; build dist/ first with trunk).
// Uses Debian's Chromium; never `npx playwright install`.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = Number(process.env.E2E_PORT || 4173);
// The build to serve (relative to the repository): dist/ unless E2E_DIST says.
const DIST = process.env.E2E_DIST || 'dist';
// subpath.spec.mjs: a build made with --public-url /servicebook/, served
// under that sub-path. Started only when such a build exists.
const SUB_PORT = Number(process.env.E2E_SUB_PORT || 4174);
const SUB_DIR = [process.env.E2E_SUB_DIR, 'target/dist-sub', 'dist-sub']
  .find((d) => d && existsSync(new URL(`../../${d}/index.html`, import.meta.url)));

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.mjs',
  outputDir: fileURLToPath(new URL('../../test-results/e2e/', import.meta.url)),
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunch,
  },
  projects: [{ name: 'chromium-en-GB' }],
  webServer: [
    {
      command: `node scripts/serve-dist.mjs ${PORT} / ${DIST}`,
      cwd: root,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    ...(SUB_DIR
      ? [{
        command: `node scripts/serve-dist.mjs ${SUB_PORT} /servicebook/ ${SUB_DIR}`,
        cwd: root,
        url: `http://127.0.0.1:${SUB_PORT}/servicebook/`,
        reuseExistingServer: !process.env.CI,
        timeout: 30_000,
      }]
      : []),
  ],
});
