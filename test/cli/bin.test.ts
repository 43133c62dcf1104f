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
