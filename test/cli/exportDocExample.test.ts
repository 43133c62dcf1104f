/**
 * The worked example of `aftermath export` in docs/cli.md, run as written with the built CLI (as
 * `npx aftermath` runs it, so the workbook writer's separately loaded chunk is tested too): each
 * command of the session must print exactly the lines the document shows (the workbook's size,
 * which records when it was made, within a few bytes), exit as shown, and leave categories.csv
 * as shown. Needs the built CLI (npm test builds it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve('bin/aftermath.js');

const doc = readFileSync(path.resolve('docs/cli.md'), 'utf8');
const example = doc.slice(doc.indexOf('### Example', doc.indexOf('## export')), doc.indexOf('## quote'));

function block(after: string, fence: string): string {
  const start = example.indexOf(after);
  const open = example.indexOf(`\`\`\`${fence}\n`, start);
  const close = example.indexOf('\n```', open + fence.length + 4);
  if (start < 0 || open < 0 || close < 0) throw new Error(`no ${fence} block after "${after}" in docs/cli.md`);
  return example.slice(open + fence.length + 4, close + 1);
}

/** The session as commands, each with the lines shown after it. */
function session(): { command: string; shown: string[] }[] {
  const steps: { command: string; shown: string[] }[] = [];
  for (const line of block('### Example', '').trimEnd().split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), shown: [] });
    else steps.at(-1)?.shown.push(line);
  }
  return steps;
}

describe('the export example in docs/cli.md', () => {
  it('prints what the document shows, refuses the second export as shown, and writes categories.csv as shown', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aftermath-export-doc-'));
    const inDir = (file: string): string => path.join(dir, file);
    let lastCode = 0;
    const steps = session();
    expect(steps.map((step) => step.command.split(' ').slice(0, 3).join(' '))).toEqual(['npx aftermath preset', 'npx aftermath export', 'npx aftermath export', 'echo $?']);
    for (const { command, shown } of steps) {
      if (command === 'echo $?') {
        expect(shown).toEqual([String(lastCode)]);
        continue;
      }
      const [words, redirect] = command.slice('npx aftermath '.length).split(' > ');
      const run = spawnSync(process.execPath, [bin, ...words!.split(' ')], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      const output = run.stdout + run.stderr;
      lastCode = run.status ?? -1;
      if (redirect) {
        writeFileSync(inDir(redirect), output);
        expect(shown).toEqual([]);
        continue;
      }
      const printed = output.trimEnd().split('\n');
      expect(printed.length, command).toBe(shown.length);
      printed.forEach((line, i) => {
        const workbook = /^wrote (\S+\.xlsx) \(([\d,]+) bytes\)$/.exec(shown[i]!);
        if (!workbook) return expect(line, command).toBe(shown[i]);
        const size = statSync(inDir(workbook[1]!)).size;
        expect(line).toBe(`wrote ${workbook[1]} (${size.toLocaleString('en-US')} bytes)`);
        expect(Math.abs(size - Number(workbook[2]!.replace(/,/g, '')))).toBeLessThanOrEqual(16);
      });
    }
    expect(readFileSync(inDir('hospital-csv/categories.csv'), 'utf8')).toBe(block('`hospital-csv/categories.csv`', 'csv').replace(/\n/g, '\r\n'));
  });
});
