/// <reference lib="dom" />
// Callbacks given to page.evaluate and waitForFunction run in the browser, where the DOM exists.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM, hasChromium, launch } from './browser.js';
import { startServer } from './server.js';

if (!hasChromium) console.warn(`e2e: skipped, no chromium at ${CHROMIUM} (apt-get install -y chromium, or set NEWSGRAPH_CHROMIUM)`);

describe.skipIf(!hasChromium)(`web UI in chromium${hasChromium ? '' : ` (skipped: no chromium at ${CHROMIUM})`}`, () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer([join(import.meta.dirname, '..', '..', 'samples')], 'e2e-token-123');
    browser = await launch();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = async (path: string) => {
    await page.goto(server.url + path);
    await page.waitForFunction((p) => document.body.dataset['ready'] === p, new URL(server.url + path).pathname);
  };
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  it('searches, opens an article with highlighted entities and quotes, and inspects a speaker', async () => {
    await open('/');
    await shot('home');
    await page.fill('input[name=q]', 'tanker');
    await page.click('form.search button[type=submit]');
    await page.waitForFunction(() => document.body.dataset['ready'] === '/search' && document.querySelectorAll('.hit').length > 0);
    expect(await page.locator('.hit mark').first().textContent()).toMatch(/tanker/i);
    await shot('search');
    await page.locator('.hit .title').first().click();
    await page.waitForFunction(() => document.body.dataset['ready']?.startsWith('/article/'));
    expect(await page.locator('.article-text .m').count()).toBeGreaterThan(3);
    expect(await page.locator('.article-text .q').count()).toBeGreaterThan(0);
    await page.locator('.article-text .spk.m').first().click();
    await expect.poll(() => page.locator('.inspector h3').textContent()).not.toBe('');
    expect(await page.locator('.inspector .facts').textContent()).toContain('Actor code');
    await shot('article');
    await page.locator('.article-text .m.kind-country').first().click();
    expect(await page.locator('.inspector .facts').textContent()).toContain('Coordinates');
  });

  it('opens an entity page with its timeline chart, quotes and co-mentions', async () => {
    await open('/');
    await page.locator('.side .entities a').first().click();
    await page.waitForFunction(() => document.body.dataset['ready']?.startsWith('/entity/'));
    expect(await page.locator('.entity-head h1').textContent()).not.toBe('');
    expect(await page.locator('svg.chart rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('.side .entities li').count()).toBeGreaterThan(0);
    await shot('entity');
  });

  it('browses quotes by speaker', async () => {
    await open('/quotes');
    const rows = await page.locator('.quotes-table tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await shot('quotes');
  });

  it('lists events, shows one in its article, and charts the relation of its two actors', async () => {
    await open('/events');
    expect(await page.locator('.events-table tbody tr').count()).toBeGreaterThan(0);
    await shot('events');
    // A pair the sample corpus really has: the first plain event between two actors of different codes.
    const { items } = (await (await fetch(`${server.url}/api/events?plain=true&limit=200`)).json()) as { items: { source: string; target: string; article: string }[] };
    const pair = items.find((e) => /^[A-Z]{3}/.test(e.source) && /^[A-Z]{3}/.test(e.target) && e.source.slice(0, 3) !== e.target.slice(0, 3));
    expect(pair).toBeDefined();
    await open(`/article/${pair!.article}`);
    await page.locator('.article-text .ev').first().click();
    expect(await page.locator('.inspector h3').textContent()).toBe('Event');
    expect(await page.locator('.inspector .facts').textContent()).toMatch(/CAMEO\d{2,4}/);
    await open(`/relations?a=${pair!.source.slice(0, 3)}&b=${pair!.target.slice(0, 3)}&unit=month`);
    expect(await page.locator('svg.chart rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.chart circle.goldstein-dot').count()).toBeGreaterThan(0);
    await shot('relations');
  });

  it('draws the world map offline with the corpus places on it', async () => {
    await open('/map');
    expect(await page.locator('svg.map path.country').count()).toBeGreaterThan(150);
    expect(await page.locator('svg.map circle.place').count()).toBeGreaterThan(3);
    await shot('map');
  });

  it('ran with no script error on any page', () => {
    expect(errors).toEqual([]);
  });
});
