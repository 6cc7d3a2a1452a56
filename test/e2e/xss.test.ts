/// <reference lib="dom" />
// Callbacks given to page.evaluate and waitForFunction run in the browser, where the DOM exists.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM, hasChromium, launch } from './browser.js';
import { startServer } from './server.js';

const TOKEN = 'xss-token-123';
const SET = 'window.__xss=(window.__xss||0)+1';

/** Articles whose every field tries to run script in the page that shows it. */
const HOSTILE = [
  {
    title: `<script>${SET}</script> Minister Sarah Quill resigns`,
    source: `<img src=x onerror="${SET}">Wire`,
    author: `<svg onload="${SET}"></svg>`,
    url: `javascript:${SET}`,
    published: '2024-02-03',
    text: `Minister Sarah Quill resigned on Friday in London <img src=x onerror="${SET}">.\n\n"<script>${SET}</script> I leave with pride," Quill said in a statement.\n\nThe <b onmouseover="${SET}">opposition</b> welcomed it; <a href="javascript:${SET}">read more</a>.`,
  },
  {
    title: 'Council <iframe src="javascript:parent.__xss=1"></iframe> votes',
    url: 'https://example.com/" onmouseover="window.__xss=1',
    text: `The council of <img src=x onerror=${SET}> Bristol voted on Tuesday, said Mayor Tom <script>${SET}</script> Elms.`,
  },
];

describe.skipIf(!hasChromium)(`no script from article text runs in the UI${hasChromium ? '' : ` (skipped: no chromium at ${CHROMIUM})`}`, () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer([], TOKEN);
    const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ articles: HOSTILE }) });
    expect(res.status).toBe(200);
    browser = await launch();
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const visit = async (path: string) => {
    await page.goto(server.url + path);
    await page.waitForFunction(() => document.body.dataset['ready'] !== undefined && document.querySelector('.loading') === null);
  };
  const noScriptRan = async () => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('a[href^="javascript:" i], iframe, script:not([src]), [onerror], [onload], [onmouseover]').count()).toBe(0);
  };

  it('shows the payloads as text on search, article, entity and quotes pages, and runs none', async () => {
    await visit('/');
    expect(await page.locator('.hits').textContent()).toContain('<script>');
    await noScriptRan();
    await visit('/search?q=council');
    await noScriptRan();

    for (const hit of await page.locator('.hit .title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await visit(hit!);
      await page.locator('.article-text span').first().hover();
      for (const mark of await page.locator('.article-text [data-link], .article-text [data-quote]').all()) await mark.click();
      await noScriptRan();
    }
    await visit('/search?q=quill');
    await page.locator('.hit .title').first().click();
    await page.waitForFunction(() => document.querySelector('.article-text') !== null);
    expect(await page.locator('.article-text').textContent()).toContain('onerror=');
    expect(await page.locator('.kicker').textContent()).toContain('<img src=x');
    await page.screenshot({ path: join(ARTIFACTS, 'xss-article.png'), fullPage: true });
    await noScriptRan();

    for (const link of await page.locator('a[href^="/entity/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await visit(link!);
      await noScriptRan();
    }
    await visit('/quotes');
    expect(await page.locator('.quotes-table').textContent()).toContain('<script>');
    await noScriptRan();
    await visit('/map');
    await noScriptRan();
  });

  it('blocks an inline script by Content-Security-Policy even if one reached the page', async () => {
    await visit('/');
    const blocked = await page.evaluate(() => new Promise<boolean>((resolve) => {
      document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
      const script = document.createElement('script');
      script.textContent = 'window.__xss = 1';
      document.body.append(script);
      setTimeout(() => resolve(false), 1000);
    }));
    expect(blocked).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
