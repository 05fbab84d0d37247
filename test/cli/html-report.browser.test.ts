// The HTML report in a real headless browser (Debian chromium via playwright-core): it renders,
// the verdict/kind/text filters work, and a screenshot lands in artifacts/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/cli/reporters/index.js';
import { sampleReport } from './sample-report.js';

const projectRoot = path.resolve(__dirname, '../..');
const artifacts = path.join(projectRoot, 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe('html report in headless chromium', () => {
  let browser: Browser;
  const file = path.join(artifacts, 'claimlint-report.html');

  beforeAll(async () => {
    // CI installs chromium with apt (.ci/run); a missing browser is a failure, not a skip.
    expect(existsSync(CHROMIUM), `${CHROMIUM} not found: apt-get install -y chromium`).toBe(true);
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(file, REPORTERS.html(sampleReport(), { color: false, quiet: false }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders every claim and filters by verdict, kind and text', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(`file://${file}`);

    const visible = () => page.locator('#claims tbody tr:visible');
    await expect.poll(() => visible().count()).toBe(4);
    expect(await page.locator('#shown').textContent()).toBe('4 of 4 claims shown');
    expect(await page.locator('tr[data-verdict="supported"] td').nth(2).textContent()).toBe('open 7 days');

    await page.screenshot({ path: path.join(artifacts, 'claimlint-report.png'), fullPage: true });

    await page.locator('input[name=verdict][value=supported]').uncheck();
    await expect.poll(() => visible().count()).toBe(3);
    await page.locator('input[name=verdict][value=contradicted]').uncheck();
    await expect.poll(() => visible().count()).toBe(2);
    expect(await visible().first().getAttribute('data-verdict')).toBe('unsubstantiated');

    await page.locator('input[name=verdict][value=supported]').check();
    await page.locator('input[name=verdict][value=contradicted]').check();
    await page.selectOption('#kind', 'schedule');
    await expect.poll(() => visible().count()).toBe(1);
    await page.selectOption('#kind', '');
    await page.fill('#q', 'mpg');
    await expect.poll(() => visible().count()).toBe(1);
    expect(await visible().first().getAttribute('data-kind')).toBe('figure');
    expect(await page.locator('#shown').textContent()).toBe('1 of 4 claims shown');

    await page.screenshot({ path: path.join(artifacts, 'claimlint-report-filtered.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]); // self-contained: nothing fetched
    await page.close();
  }, 60_000);

  it('shows markup in copy as text', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    const message = page.locator('tr[data-verdict="unsubstantiated"] td').nth(4);
    await expect.poll(() => message.textContent()).toContain('<b>& "friends"</b>');
    expect(await page.locator('#claims b').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('shows an impact run: the verdict each claim had before, and the changes per entry', async () => {
    const report = sampleReport();
    report.files[0].claims[0].previousVerdict = 'supported';
    report.impact = { base: 'main', changes: [{ entryId: 'support.first-response', evidenceBefore: 'p90 2 h', evidenceAfter: 'p90 6 h', byVerdict: { contradicted: 1 }, claims: 1, files: 1 }] };
    const impactFile = path.join(artifacts, 'claimlint-report-impact.html');
    writeFileSync(impactFile, REPORTERS.html(report, { color: false, quiet: false }));
    const page = await browser.newPage();
    await page.goto(`file://${impactFile}`);
    const verdict = page.locator('tr[data-verdict="contradicted"] td').nth(3);
    await expect.poll(() => verdict.textContent()).toBe('supported → contradicted');
    expect(await page.locator('#impact').textContent()).toContain('support.first-response: p90 2 h → p90 6 h: 1 claim in 1 file (1 now contradicted)');
    await page.close();
  }, 60_000);

  it('opens a site-sized report a page of rows at a time, and filters all of it', async () => {
    // 12,000 claims: as plain table rows such a page took seconds to open and to filter.
    const report = sampleReport();
    const base = report.files[0].claims;
    report.files[0].claims = Array.from({ length: 12_000 }, (_, i) => ({ ...base[i % 4], text: `${base[i % 4].text} #${i}` }));
    const big = path.join(artifacts, 'claimlint-report-large.html');
    writeFileSync(big, REPORTERS.html(report, { color: false, quiet: false }));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${big}`);
    const rows = page.locator('#claims tbody tr');
    await expect.poll(() => rows.count()).toBe(500);
    expect(await page.locator('#shown').textContent()).toBe('12000 of 12000 claims match, the first 500 shown');
    await page.locator('#more').click();
    await expect.poll(() => rows.count()).toBe(1000);
    // Filters search every claim, not only the rows on the page.
    await page.fill('#q', '#11999');
    await expect.poll(() => page.locator('#shown').textContent()).toBe('1 of 12000 claims shown');
    expect(await rows.first().locator('td').nth(2).textContent()).toBe('45 mpg #11999');
    expect(await page.locator('#more').isHidden()).toBe(true);
    await page.fill('#q', '');
    await page.locator('input[name=verdict][value=supported]').uncheck();
    await expect.poll(() => page.locator('#shown').textContent()).toBe('9000 of 12000 claims match, the first 500 shown');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
