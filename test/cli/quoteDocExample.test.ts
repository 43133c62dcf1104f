/**
 * The worked example of `aftermath quote` in docs/cli.md, run as written: the portfolio file and
 * the command from the document must give exactly the quotes.csv and the messages it shows, so
 * the document stays true when the model changes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';

const doc = readFileSync(path.resolve('docs/cli.md'), 'utf8');
const example = doc.slice(doc.indexOf('### Example', doc.indexOf('## quote')));

function block(after: string, fence: string): string {
  const start = example.indexOf(after);
  const open = example.indexOf(`\`\`\`${fence}\n`, start);
  const close = example.indexOf('\n```', open + fence.length + 4);
  if (start < 0 || open < 0 || close < 0) throw new Error(`no ${fence} block after "${after}" in docs/cli.md`);
  return example.slice(open + fence.length + 4, close + 1);
}

describe('the quote example in docs/cli.md', () => {
  it('gives exactly the quotes and messages the document shows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aftermath-quote-doc-'));
    writeFileSync(path.join(dir, 'portfolio.csv'), block('`portfolio.csv`:', 'csv'));
    const sessionStart = example.indexOf('```\n$ npx aftermath quote');
    const session = example.slice(sessionStart + 4, example.indexOf('\n```', sessionStart + 4)).split('\n');
    const command = session.find((line) => line.startsWith('$ npx aftermath quote'));
    if (!command) throw new Error('no command in the example');
    const argv = [...command.slice('$ npx aftermath '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
    let stderr = '';
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const code = await runCli(argv, { stdout: () => undefined, stderr: (text) => (stderr += text) });
      expect(code).toBe(Number(session[session.indexOf('$ echo $?') + 1]));
    } finally {
      process.chdir(cwd);
    }
    const shownMessages = session.slice(session.indexOf(command) + 1, session.indexOf('$ echo $?'));
    expect(stderr.trimEnd().split('\n')).toEqual(shownMessages);
    expect(readFileSync(path.join(dir, 'quotes.csv'), 'utf8')).toBe(block('`quotes.csv`:', 'csv'));
  });
});
