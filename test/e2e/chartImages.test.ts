/**
 * Every result chart saved as an image in a real Chromium: each card's PNG and SVG buttons give a
 * download named after the scenario and the chart. The PNG is twice the card's size on screen
 * with an opaque background; the SVG parses, has a size and a viewBox, names the chart in its
 * title and text, carries the subtitle and the legend, and has no CSS variable left. Also: the
 * dark theme's colours, saving while the table is shown, the keyboard, and a failure shown to
 * the user. The files are kept in test-results/chart-images/ (with a screenshot of each card).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, startHarness, watchForErrors, type Harness } from './browser';
import { seriousViolations } from './accessibility';

const IMAGES_DIR = path.join(RESULTS_DIR, 'chart-images');
const SCENARIO_SLUG = 'regional-hospital';

let harness: Harness;
let page: Page;
let problems: string[];

/** What each chart's SVG must say besides its title and subtitle: its legend, and any list drawn with it. */
const LEGENDS: Readonly<Record<string, readonly string[]>> = {
  'How likely is a year this costly?': ['1 in 20', '1 in 100'],
  'Where the money goes': ['Mean a year', 'Mean in the worst 10% of years'],
  'What one incident costs': ['Median'],
  'When the money is paid': ['Detection and escalation', 'Notification', 'Post-breach response', 'Business disruption', 'Recovery', 'Lost business'],
  'Against published figures': ['This scenario', 'Published figure'],
  'The insurance tower': ['Primary', 'Excess', '1 in 20 years', '1 in 100 years'],
  'With and without the cover': ['Gross loss', 'Kept by the organisation', 'Paid by the insurance'],
  'What stays with the organisation': ['Paid by the insurance', 'Retention (deductible)'],
  'What each control is worth': ['Expected loss saved a year', 'Cost a year (annualised)'],
  'The best combination, step by step': ['Expected annual loss (left axis)', '1-in-20-year loss (right axis)', '0.', 'In place only', '1.', '+ Multi-factor authentication'],
  'What drives the loss': ['Input at its low', 'Input at its high', 'Ransomware: events a year'],
};

/** Legends drawn in HTML with coloured swatches, each of which becomes a rectangle in the SVG. */
const SWATCHES: Readonly<Record<string, number>> = { 'Where the money goes': 2, 'Against published figures': 2, 'What drives the loss': 2 };

type Png = Readonly<{ width: number; height: number; topLeft: readonly number[] }>;

/** Width, height and the top-left pixel of an 8-bit RGB or RGBA PNG, read from its bytes. */
function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [bitDepth, colourType] = [bytes[24], bytes[25]];
  expect(bitDepth).toBe(8);
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  expect(channels, 'RGB or RGBA').toBeGreaterThan(0);
  const data: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.subarray(offset + 4, offset + 8).toString('latin1') === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  // Whatever the first row's filter, its first pixel is stored as it is (nothing to its left or above).
  const pixels = inflateSync(Buffer.concat(data));
  return { width, height, topLeft: [...pixels.subarray(1, 1 + channels)] };
}

type ParsedSvg = Readonly<{ error: string | null; root: string; width: number; height: number; viewBox: string | null; title: string; texts: string; background: string | null; swatches: number }>;

/** Parses the SVG file in the page, as an image viewer would read it. */
function parseSvg(markup: string): Promise<ParsedSvg> {
  return page.evaluate((text) => {
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = file.documentElement;
    return {
      error: file.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      viewBox: root.getAttribute('viewBox'),
      title: root.querySelector(':scope > title')?.textContent ?? '',
      texts: [...root.querySelectorAll('text')].map((element) => element.textContent ?? '').join(' '),
      background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? null,
      swatches: root.querySelectorAll(':scope > rect').length - 1,
    };
  }, markup);
}

const rgb = (colour: string | null): number[] => (/rgb\((\d+), (\d+), (\d+)\)/.exec(colour ?? '') ?? []).slice(1).map(Number);
const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/\s+/g, '-');

type DownloadOptions = Readonly<{ press?: 'Enter'; keepAs?: (name: string) => string }>;

/** Clicks (or presses) one of a card's image buttons and keeps the download; returns its name and bytes. */
async function download(card: Locator, title: string, kind: 'PNG' | 'SVG', options: DownloadOptions = {}): Promise<{ name: string; bytes: Buffer }> {
  const button = card.getByRole('button', { name: `Save ${title} as ${kind}`, exact: true });
  const [file] = await Promise.all([page.waitForEvent('download'), options.press ? button.press(options.press) : button.click()]);
  const name = file.suggestedFilename();
  const target = path.join(IMAGES_DIR, options.keepAs ? options.keepAs(name) : name);
  await file.saveAs(target);
  return { name, bytes: readFileSync(target) };
}

/** Saves one card as PNG and SVG and checks both files against the card on screen. */
async function checkCard(title: string): Promise<void> {
  const card = page.getByRole('figure', { name: title, exact: true });
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  expect(box, title).not.toBeNull();
  const subtitle = ((await card.locator('.chart-subtitle').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const chartHeight = (await card.locator('.chart-body').boundingBox())?.height ?? 0;
  await card.screenshot({ path: path.join(IMAGES_DIR, `${SCENARIO_SLUG}-${slug(title)}.screen.png`) });

  const svgFile = await download(card, title, 'SVG');
  expect(svgFile.name).toBe(`${SCENARIO_SLUG}-${slug(title)}.svg`);
  const markup = svgFile.bytes.toString('utf8');
  expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'), title).toBe(true);
  expect(markup, `${title}: a CSS variable is left`).not.toContain('var(');
  const svg = await parseSvg(markup);
  expect(svg.error, title).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.width, `${title}: the card's width`).toBe(Math.round(box!.width));
  expect(svg.height, `${title}: room for the title and the whole chart`).toBeGreaterThan(chartHeight + 40);
  expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`);
  expect(svg.title).toBe(title);
  expect(svg.texts).toContain(title);
  expect(svg.texts.replace(/\s+/g, ' '), `${title}: subtitle`).toContain(subtitle);
  for (const legend of LEGENDS[title] ?? []) expect(svg.texts, `${title}: ${legend}`).toContain(legend);
  expect(svg.swatches, `${title}: legend swatches`).toBe(SWATCHES[title] ?? 0);

  const pngFile = await download(card, title, 'PNG');
  expect(pngFile.name).toBe(`${SCENARIO_SLUG}-${slug(title)}.png`);
  const png = readPng(pngFile.bytes);
  expect([png.width, png.height], `${title}: twice the size on screen`).toEqual([2 * Math.round(box!.width), 2 * svg.height]);
  expect(png.topLeft.slice(0, 3), `${title}: the card's background`).toEqual(rgb(svg.background));
  if (png.topLeft.length === 4) expect(png.topLeft[3], `${title}: opaque`).toBe(255);
}

beforeAll(async () => {
  rmSync(IMAGES_DIR, { recursive: true, force: true });
  mkdirSync(IMAGES_DIR, { recursive: true });
  harness = await startHarness();
  page = await harness.newPage();
  await page.setViewportSize({ width: 1440, height: 2400 });
  problems = watchForErrors(page);
  await page.goto(harness.baseUrl);
  await page.getByRole('main', { name: 'Results' }).getByRole('group', { name: 'Expected annual loss' }).waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await harness?.close();
});

describe('chart images', () => {
  it('saves every chart of the overview as PNG and SVG', async () => {
    for (const title of ['How likely is a year this costly?', 'Where the money goes', 'What one incident costs', 'When the money is paid', 'Against published figures']) {
      await checkCard(title);
    }
    const violations = await seriousViolations(page);
    expect(violations, 'axe on the overview with its image buttons').toEqual([]);
  });

  it('saves every chart of the Insurer view', async () => {
    await page.getByRole('tab', { name: 'Insurer view' }).click();
    await page.getByTestId('tower-chart').waitFor({ timeout: 30_000 });
    for (const title of ['The insurance tower', 'With and without the cover', 'What stays with the organisation']) await checkCard(title);
  });

  it('saves the charts of the Controls view', async () => {
    await page.locator('#section-controls > summary').click();
    await page.getByLabel('Endpoint detection and response', { exact: true }).selectOption('inPlace');
    await page.getByLabel('Multi-factor authentication', { exact: true }).selectOption('proposed');
    await page.getByLabel('Multi-factor authentication: cost a year (USD)', { exact: true }).fill('30000');
    await page.getByRole('tab', { name: 'Controls' }).click();
    await page.getByTestId('combination-chart').waitFor({ timeout: 90_000 });
    for (const title of ['What each control is worth', 'The best combination, step by step']) await checkCard(title);
  });

  it('saves the tornado of What drives the loss', async () => {
    await page.getByRole('tab', { name: 'What drives the loss' }).click();
    const tornado = page.getByRole('figure', { name: 'What drives the loss' });
    await expect.poll(() => tornado.textContent(), { timeout: 110_000 }).toMatch(/What moves the expected annual loss most/);
    await checkCard('What drives the loss');
  });

  it('saves from the table view by keyboard, drawing the chart again first', async () => {
    await page.getByRole('tab', { name: 'Overview' }).click();
    const title = 'Where the money goes';
    const card = page.getByRole('figure', { name: title });
    await card.getByRole('button', { name: 'Show table' }).click();
    await expect.poll(() => card.getByRole('table').count()).toBe(1);
    const file = await download(card, title, 'SVG', { press: 'Enter', keepAs: (name) => `from-table-${name}` });
    const markup = file.bytes.toString('utf8');
    expect(markup).toContain('Mean in the worst 10% of years');
    expect(markup, 'the chart itself, drawn again').toContain('Loss a year (USD)');
    expect(markup).toContain('Business disruption');
    expect(await card.getByRole('table').count()).toBe(0);
    await expect.poll(() => card.getByRole('status').filter({ hasText: `Downloaded ${SCENARIO_SLUG}-where-the-money-goes.svg` }).count()).toBe(1);
  });

  it('writes the dark theme’s colours into the image', async () => {
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const title = 'How likely is a year this costly?';
    const card = page.getByRole('figure', { name: title });
    const panel = await card.evaluate((element) => getComputedStyle(element).backgroundColor);
    const dark = { keepAs: (name: string) => `dark-${name}` };
    const svg = await parseSvg((await download(card, title, 'SVG', dark)).bytes.toString('utf8'));
    expect(svg.background).toBe(panel);
    const png = readPng((await download(card, title, 'PNG', dark)).bytes);
    expect(png.topLeft.slice(0, 3)).toEqual(rgb(panel));
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  });

  it('tells the user when the image cannot be drawn', async () => {
    const title = 'What one incident costs';
    const card = page.getByRole('figure', { name: title });
    await page.evaluate(() => {
      const original = HTMLImageElement.prototype.decode;
      HTMLImageElement.prototype.decode = () => Promise.reject(new Error('decode refused'));
      (window as unknown as { restoreDecode: () => void }).restoreDecode = () => {
        HTMLImageElement.prototype.decode = original;
      };
    });
    await card.getByRole('button', { name: `Save ${title} as PNG` }).click();
    await expect.poll(() => card.getByRole('alert').textContent()).toBe('The PNG image of this chart could not be saved: The browser could not read the chart as an image.');
    await page.evaluate(() => (window as unknown as { restoreDecode: () => void }).restoreDecode());
    const file = await download(card, title, 'PNG', { keepAs: (name) => `after-a-failure-${name}` });
    expect(readPng(file.bytes).width).toBeGreaterThan(0);
    expect(await card.getByRole('alert').count(), 'the message goes once it works').toBe(0);
  });

  it('logged no errors in the page', () => {
    expect(problems).toEqual([]);
  });
});
