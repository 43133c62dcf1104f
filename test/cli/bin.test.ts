/**
 * The real executable, as a user runs it (`npx aftermath`, which runs bin/aftermath.js):
 * exit codes and output streams of a separate process. Needs the built CLI (npm test builds it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve('bin/aftermath.js');

function run(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('bin/aftermath.js', () => {
  it('has a built CLI to run', () => {
    expect(existsSync(path.resolve('out/cli/aftermath.js')), 'run "npm run build:cli" first').toBe(true);
  });

  it('simulate --format json --seed 1 prints the same JSON twice, exit code 0', () => {
    const first = run('simulate', '--format', 'json', '--seed', '1', '--trials', '2000');
    const second = run('simulate', '--format', 'json', '--seed', '1', '--trials', '2000');
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout).annualLoss.mean).toBeGreaterThan(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('stops quietly, exit code 0, when the reader closes the pipe early (aftermath simulate | head)', () => {
    // 3,000 thresholds make about 230 kB of JSON, more than a pipe holds: head has gone before the
    // last of it is written. Through a shell's pipe, as a user runs it; its exit code is node's.
    const thresholds = Array.from({ length: 3000 }, (_, i) => `--threshold ${(i + 1) * 1000}`).join(' ');
    const script = `"${process.execPath}" "${bin}" simulate --trials 10000 --format json ${thresholds} | head -c 100 > /dev/null; exit \${PIPESTATUS[0]}`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 2 with a one-line reason and no stack trace on a bad flag', () => {
    const result = run('simulate', '--trials', 'many');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^aftermath: --trials needs a number, got "many"/);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('prints its version', () => {
    const result = run('--version');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
