/**
 * The worked example of `aftermath sensitivity` in docs/cli.md, run as written: the scenario
 * file and the command from the document must print exactly the table it shows, so the
 * document stays true when the model changes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';

const doc = readFileSync(path.resolve('docs/cli.md'), 'utf8');
const section = doc.slice(doc.indexOf('## sensitivity'), doc.indexOf('## quote'));
const example = section.slice(section.indexOf('### Example'));

describe('the sensitivity example in docs/cli.md', () => {
  it('prints exactly the table the document shows', async () => {
    const open = example.indexOf('```json\n');
    const close = example.indexOf('\n```', open + 8);
    if (open < 0 || close < 0) throw new Error('no scenario in the sensitivity example');
    const dir = mkdtempSync(path.join(tmpdir(), 'aftermath-sensitivity-doc-'));
    writeFileSync(path.join(dir, 'clinic.json'), example.slice(open + 8, close + 1));

    const sessionStart = example.indexOf('```\n$ npx aftermath sensitivity');
    const sessionEnd = example.indexOf('\n```', sessionStart + 4);
    const [command, ...shown] = example.slice(sessionStart + 4, sessionEnd + 1).split('\n');
    const argv = (command ?? '').slice('$ npx aftermath '.length).split(' ');
    expect(argv[0]).toBe('sensitivity');
    let stdout = '';
    let stderr = '';
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
      expect(code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(stderr).toBe('');
    expect(stdout).toBe(shown.join('\n'));
  });
});
