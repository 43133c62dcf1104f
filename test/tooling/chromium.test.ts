/** The end-to-end harness fails with instructions, never skips, when no Chromium can be found. */
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';

const saved = process.env['CHROMIUM_PATH'];
afterEach(() => {
  if (saved === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved;
});

describe('findChromium', () => {
  it('fails with the path when CHROMIUM_PATH points at nothing', () => {
    process.env['CHROMIUM_PATH'] = '/nowhere/chromium';
    expect(() => findChromium()).toThrow('CHROMIUM_PATH is set to /nowhere/chromium, but no file is there.');
  });

  it('uses CHROMIUM_PATH when it names a file', () => {
    process.env['CHROMIUM_PATH'] = process.execPath;
    expect(findChromium()).toBe(process.execPath);
  });

  it('launches headless without the sandbox, GPU or background networking', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']),
    );
  });
});
