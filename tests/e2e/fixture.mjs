// Shared set-up for the browser specs: the built dist/ served on a free
// loopback port, Debian's Chromium driven by playwright-core, and a page object.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = process.env.LAGEBILD_DIST || `${ROOT}dist`;
export const ARTIFACTS = `${ROOT}test-results`;

export const LAUNCH = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
};

/** Starts a server and a browser for this spec file; closes both after it. */
export function useApp(serverOptions = {}) {
  const env = {};
  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    env.server = await startServer({ root: DIST, ...serverOptions });
    env.browser = await chromium.launch(LAUNCH);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The page object: finds things by role, text or data-testid. */
export class Lagebild {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.errors = [];
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(m.text()); });
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  static async open(env, query = '', { context: ctxOptions = {}, hash = '' } = {}) {
    const context = await env.browser.newContext({ locale: 'de-DE', ...ctxOptions });
    const page = await context.newPage();
    const app = new Lagebild(page, env.server.url);
    await page.goto(`${env.server.url}${query}${hash}`);
    await app.ready();
    return app;
  }

  /**
   * Waits until the wasm app has mounted. It starts on the reader's first
   * interaction (boot/early.js), so, as a reader would, this presses a key
   * that does nothing else (Shift) until the app is there. Pages that need
   * the app at once (framed, a selection hash, English, other URL parameters)
   * have started it themselves.
   */
  async ready() {
    const ready = this.page.locator('[data-app-ready]');
    const until = Date.now() + 20000;
    while (Date.now() < until) {
      if (await ready.count().catch(() => 0)) return;
      await this.page.keyboard.press('Shift').catch(() => {});
      await ready.waitFor({ state: 'attached', timeout: 1000 }).catch(() => {});
    }
    await ready.waitFor({ state: 'attached', timeout: 1000 });
  }

  get article() { return this.page.locator('section.article'); }
  get quoteBadges() { return this.page.locator('.quote-badge'); }
  mark(kind, text) { return this.page.locator(`.mark-${kind}`, { hasText: text }); }

  get quoteCards() { return this.page.getByTestId('quote-card'); }
  visibleQuoteCards() { return this.page.locator('[data-testid=quote-card]:not([hidden])'); }
  async selectOption(testId, label) { await this.page.getByTestId(testId).selectOption({ label }); }
  async search(text) { await this.page.getByTestId('quote-search').fill(text); }
  /** The hash part of the current URL. */
  async hash() { return this.page.evaluate(() => location.hash); }

  /**
   * The rendered text of `locator`, scrolled near the screen first: sections
   * render when they come near (content-visibility), and innerText is empty
   * for a section that has not rendered yet.
   */
  async text(locator) {
    // The section renders in the frames after it came near; a smooth scroll
    // of the app's own may still be moving the page, so try a few times.
    for (let i = 0; i < 20; i++) {
      await locator.scrollIntoViewIfNeeded();
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const text = await locator.innerText();
      if (text.trim()) return text;
      await this.page.waitForTimeout(100);
    }
    return locator.innerText();
  }

  /** The rendered texts of every element `locator` matches (see `text`). */
  async texts(locator) {
    const out = [];
    for (const el of await locator.all()) out.push(await this.text(el));
    return out;
  }

  assertNoErrors() { assert.deepEqual(this.errors, [], `console errors: ${this.errors.join('\n')}`); }
  async close() { await this.page.context().close(); }
}
