/**
 * Runs Electronegativity over the main process and the preload (main/) and fails on any finding
 * whose check is not in electronegativity-allowlist.json with a reason. Electronegativity itself
 * always exits 0, so this reads its report. (npm run security; part of npm test.)
 *
 * The report is SARIF, not CSV: Electronegativity 1.10.3 writes a CSV report's header and its rows
 * with two writes it does not wait for, so now and then the header lands over the first row (the
 * report then starts mid-sentence) or truncates the rows away (no findings at all). A SARIF report
 * is one write.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One finding: the check's id, its SARIF level (warning, or note for a manual review), where it is. */
export type Finding = Readonly<{ check: string; level: string; file: string; location: string }>;

type SarifResult = Readonly<{
  ruleId?: unknown;
  level?: unknown;
  locations?: readonly Readonly<{ physicalLocation?: Readonly<{ artifactLocation?: Readonly<{ uri?: unknown }>; region?: Readonly<{ startLine?: unknown; startColumn?: unknown }> }> }>[];
}>;

/** The findings of a SARIF report; throws, naming what is missing, if it is not one Electronegativity writes. */
export function parseReport(sarif: string): Finding[] {
  let report: unknown;
  try {
    report = JSON.parse(sarif);
  } catch (error) {
    throw new Error(`the Electronegativity report is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const runs = (report as { runs?: unknown }).runs;
  const results = Array.isArray(runs) ? (runs[0] as { results?: unknown } | undefined)?.results : undefined;
  if (!Array.isArray(results)) throw new Error('the Electronegativity report has no runs[0].results');
  return (results as SarifResult[]).map((result, i) => {
    if (typeof result.ruleId !== 'string' || result.ruleId === '') throw new Error(`the Electronegativity report's result ${i} has no ruleId`);
    const where = result.locations?.[0]?.physicalLocation;
    const uri = where?.artifactLocation?.uri;
    const line = where?.region?.startLine;
    const column = where?.region?.startColumn;
    return {
      check: result.ruleId,
      level: typeof result.level === 'string' ? result.level : 'warning',
      file: typeof uri === 'string' && uri !== 'file:///' ? uri : 'N/A',
      location: typeof line === 'number' && typeof column === 'number' ? `${line}:${column}` : 'N/A',
    };
  });
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
  const report = path.join(folder, 'report.sarif');
  try {
    execFileSync(process.execPath, [cli, '-i', 'main', '-o', report, '-r', '-e', '45.5.0', '-v', 'false'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const findings = parseReport(readFileSync(report, 'utf8'));
    const allowlist = JSON.parse(readFileSync('electronegativity-allowlist.json', 'utf8')) as Record<string, unknown>;
    const { findings: open, badEntries } = unexplained(findings, allowlist);
    for (const check of badEntries) console.error(`electronegativity-allowlist.json: ${check} needs a one-line reason.`);
    for (const finding of open) console.error(`${finding.check} (${finding.level}) in main/${finding.file} at ${finding.location}`);
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
