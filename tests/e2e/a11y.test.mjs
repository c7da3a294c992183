import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useApp, Lagebild } from './fixture.mjs';

const env = useApp();
const SECTIONS = ['#karte', '#zahlen', '#zitate', '#artikel'];
/** Both stories' pages: the home story at the root, the second one beside it. */
const PAGES = [['home story', ''], ['second story', 'finnland-grenze.html']];

for (const [name, path] of PAGES) for (const theme of ['light', 'dark']) {
  test(`${name}: axe-core finds no violations on any section (${theme})`, async () => {
    const app = await Lagebild.open(env, `${path}?theme=${theme}`);
    for (const section of SECTIONS) {
      const result = await new AxeBuilder({ page: app.page }).include(section).analyze();
      const found = result.violations.map((v) => `${section} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], found.join('\n'));
    }
    const page = await new AxeBuilder({ page: app.page }).exclude(SECTIONS.join(',')).analyze();
    assert.deepEqual(page.violations.map((v) => v.id), []);
    await app.close();
  });
}

test('the story list has no axe violations, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${env.server.url}stories.html`);
    const result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(result.violations.map((v) => v.id), [], scheme);
    await context.close();
  }
});

for (const [name, path] of PAGES) test(`${name}: a keyboard-only walk reaches every section with visible focus`, async () => {
  const app = await Lagebild.open(env, path);
  const reached = new Set();
  const invisible = [];
  for (let i = 0; i < 600 && reached.size < SECTIONS.length; i++) {
    await app.page.keyboard.press('Tab');
    const info = await app.page.evaluate((sections) => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      // SVG shapes and labels show focus by a stroke or fill in the focus colour instead of an outline.
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      const focusColour = getComputedStyle(probe).color;
      probe.remove();
      const stroked = el instanceof SVGElement
        && [el, ...el.querySelectorAll('*')].some((n) => [getComputedStyle(n).stroke, getComputedStyle(n).fill].includes(focusColour));
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' || stroked;
      const section = sections.find((id) => el.closest(id));
      return { section, visible, what: `${el.tagName}.${el.getAttribute('class')}` };
    }, SECTIONS);
    if (!info) continue;
    if (info.section) reached.add(info.section);
    if (!info.visible) invisible.push(info.what);
  }
  assert.deepEqual([...reached].sort(), [...SECTIONS].sort());
  assert.deepEqual(invisible, [], `focus not visible on: ${invisible.slice(0, 5).join(', ')}`);
  await app.close();
});
