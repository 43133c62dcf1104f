/** docs/model.md shows the calibration table the model produces today. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationMarkdown } from '../../shared/presets/calibrationTable';

describe('calibration table in docs/model.md', () => {
  it('matches the model (regenerate with: npm run calibration)', () => {
    const doc = readFileSync(path.resolve('docs/model.md'), 'utf8');
    const section = /<!-- calibration:start -->\n([\s\S]*?)\n<!-- calibration:end -->/.exec(doc)?.[1];
    expect(section, 'docs/model.md has no calibration markers').toBeDefined();
    expect(section).toBe(calibrationMarkdown());
  });
});
