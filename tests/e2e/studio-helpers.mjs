// What the Studio's browser specs share: opening studio.html, pasting,
// waiting for the preview, and reading what it shows.

/** The helpers, bound to the app fixture `env` (useApp()). */
export function studioHelpers(env) {
  /** Opens studio.html in a fresh context (or `context`), collecting errors and CSP violations. */
  async function openStudio({ context = null, init = null } = {}) {
    const ctx = context ?? await env.browser.newContext({ locale: 'de-DE' });
    const page = await ctx.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.exposeFunction('reportViolation', (v) => problems.push(`CSP: ${v}`));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
      (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)));
    if (init) await page.addInitScript(init);
    await page.goto(`${env.server.url}studio.html`);
    await page.locator('html[data-studio-ready]').waitFor({ state: 'attached', timeout: 20000 });
    return { page, problems, context: ctx };
  }
  
  /** Pastes `plain` (and `html`, as a web page's clipboard has it) into the text field. */
  async function paste(page, plain, html = null) {
    await page.getByTestId('studio-text').focus();
    await page.evaluate(({ plain, html }) => {
      const data = new DataTransfer();
      data.setData('text/plain', plain);
      if (html) data.setData('text/html', html);
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, { plain, html });
  }
  
  /** Waits until the preview shows the text as it is now (no parse pending). */
  async function settled(page) {
    // The first paste may have to wait for the engine to start (its wasm
    // compiled): on a machine busy with builds that took over 10 s.
    await page.locator('[data-testid=studio-preview][aria-busy=false]').waitFor({ timeout: 30000 });
    // The preview renders in two parts: wait for the whole (or for no preview).
    await page.waitForFunction(() => document.querySelector(
      '[data-testid=preview-complete], [data-testid=studio-empty], [data-testid=studio-too-long]'), null, { timeout: 30000 });
  }
  
  /** The places the marked article shows, in text order. */
  const placeMarks = (page) => page.evaluate(() => [...document.querySelectorAll('#artikel .mark-place')].map((m) => m.textContent.trim()));
  
  /** Waits until the world gazetteer is loaded and the preview parsed with it. */
  async function withPlaces(page) {
    await page.locator('[data-testid=studio-places][data-state=ready]').waitFor({ state: 'attached', timeout: 20000 });
    await settled(page);
  }
  
  /** Waits until the preview draws the map (world files fetched, parsed again). */
  async function withMap(page) {
    await page.locator('#karte-svg').waitFor({ state: 'attached', timeout: 30000 });
    await settled(page);
  }
  
  /** The texts of the map's place buttons, sorted (the main map and the inset). */
  const mapPlaces = (page) => page.evaluate(() => [...document.querySelectorAll('#karte .map-place')].map((b) => b.textContent.trim()).sort());
  
  /** Speaker line and text of every quote card and indirect-speech card. */
  async function cards(page) {
    return page.evaluate(() => [...document.querySelectorAll('[data-testid=quote-card], [data-testid=indirect-card]')]
      .map((c) => ({
        kind: c.dataset.testid,
        text: c.querySelector('.quote-text').textContent.trim(),
        who: c.querySelector('.quote-who').textContent.trim(),
      })));
  }

  return { openStudio, paste, settled, placeMarks, withPlaces, withMap, mapPlaces, cards };
}
