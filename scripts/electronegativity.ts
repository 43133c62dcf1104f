/**
 * Runs Electronegativity over the main process and the preload (main/) and fails on any finding
 * whose check is not in electronegativity-allowlist.json with a reason. Electronegativity itself
 * always exits 0, so this reads its CSV report. (npm run security; part of npm test.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { csvRecords } from '../shared/format/csv';

export type Finding = Readonly<{ check: string; severity: string; file: string; location: string; sample: string }>;

/** Splits one CSV line. */
export function csvFields(line: string): string[] {
  return csvRecords(line)[0] ?? [];
}

export function parseReport(csv: string): Finding[] {
  return csvRecords(csv)
    .slice(1)
    .map(([check = '', severity = '', , file = '', location = '', sample = '']) => ({ check, severity, file, location, sample }));
}

/** Findings not covered by the allowlist, and allowlist entries that give no reason. */
export function unexplained(findings: readonly Finding[], allowlist: Readonly<Record<string, unknown>>): Readonly<{ findings: Finding[]; badEntries: string[] }> {
  const badEntries = Object.entries(allowlist)
    .filter(([check]) => !check.startsWith('_'))
    .filter(([, reason]) => typeof reason !== 'string' || reason.trim().length < 20)
    .map(([check]) => check);
  return { findings: findings.filter((finding) => typeof allowlist[finding.check] !== 'string'), badEntries };
}

function main(): void {
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const folder = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
  const report = path.join(folder, 'report.csv');
  try {
    execFileSync(process.execPath, [cli, '-i', 'main', '-o', report, '-r', '-e', '45.5.0', '-v', 'false'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const findings = parseReport(readFileSync(report, 'utf8'));
    const allowlist = JSON.parse(readFileSync('electronegativity-allowlist.json', 'utf8')) as Record<string, unknown>;
    const { findings: open, badEntries } = unexplained(findings, allowlist);
    for (const check of badEntries) console.error(`electronegativity-allowlist.json: ${check} needs a one-line reason.`);
    for (const finding of open) console.error(`${finding.check} (${finding.severity}) in main/${finding.file} at ${finding.location}: ${finding.sample}`);
    const accepted = findings.length - open.length;
    if (open.length > 0 || badEntries.length > 0) {
      console.error(`Electronegativity: ${open.length} finding(s) not in the allowlist.`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`Electronegativity: no findings outside the allowlist (${accepted} accepted with reasons).\n`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
