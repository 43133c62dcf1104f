/** The Electronegativity gate: reads the SARIF report and lets through only allowlisted checks with reasons. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, unexplained } from '../../scripts/electronegativity';

/** A report as Electronegativity 1.10.3 writes it (trimmed to what the gate reads). */
const REPORT = JSON.stringify({
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'Electronegativity', rules: [] } },
      results: [
        { ruleId: 'CSP_GLOBAL_CHECK', level: 'warning', message: { text: 'No CSP has been detected' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///' }, region: { startLine: 1, startColumn: 1, charLength: 0 } } }] },
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', level: 'note', message: { text: 'Review the use of openExternal' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'ipc.ts' }, region: { startLine: 70, startColumn: 13, charLength: 29 } } }] },
        { ruleId: 'NODE_INTEGRATION_HTML_SCAN_CHECK', level: 'warning', message: { text: 'Disable nodeIntegration' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'window.ts' }, region: { startLine: 5, startColumn: 4, charLength: 17 } } }] },
      ],
    },
  ],
});

describe('electronegativity gate', () => {
  it('reads each finding of a SARIF report: its check, level, file and place', () => {
    expect(parseReport(REPORT)).toEqual([
      { check: 'CSP_GLOBAL_CHECK', level: 'warning', file: 'N/A', location: '1:1' },
      { check: 'OPEN_EXTERNAL_JS_CHECK', level: 'note', file: 'ipc.ts', location: '70:13' },
      { check: 'NODE_INTEGRATION_HTML_SCAN_CHECK', level: 'warning', file: 'window.ts', location: '5:4' },
    ]);
  });

  it('refuses a report it cannot read, saying what is wrong, rather than passing it as no findings', () => {
    expect(() => parseReport('issue, severity, confidence\nted in the target application')).toThrow(/not JSON/);
    expect(() => parseReport('{"runs": []}')).toThrow(/no runs\[0\]\.results/);
    expect(() => parseReport('{"runs": [{"results": [{"level": "warning"}]}]}')).toThrow(/result 0 has no ruleId/);
  });

  it('fails on any finding outside the allowlist, and on an entry without a reason', () => {
    const allowlist = { _about: 'x', CSP_GLOBAL_CHECK: 'Sent by the protocol handler on every response.', OPEN_EXTERNAL_JS_CHECK: 'ok' };
    const result = unexplained(parseReport(REPORT), allowlist);
    expect(result.findings.map((finding) => finding.check)).toEqual(['NODE_INTEGRATION_HTML_SCAN_CHECK']);
    expect(result.badEntries).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
  });

  it('gives every entry of the repository’s allowlist a reason', () => {
    const allowlist = JSON.parse(readFileSync('electronegativity-allowlist.json', 'utf8')) as Record<string, unknown>;
    expect(unexplained([], allowlist).badEntries).toEqual([]);
  });

  it('really finds an insecure window (the checker is alive, not silently passing)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'insecure-main-'));
    writeFileSync(
      path.join(folder, 'index.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    const require = createRequire(import.meta.url);
    const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
    const report = path.join(folder, 'report.sarif');
    execFileSync(process.execPath, [cli, '-i', folder, '-o', report, '-r', '-e', '45.5.0', '-v', 'false'], { stdio: 'ignore' });
    const checks = parseReport(readFileSync(report, 'utf8')).map((finding) => finding.check);
    // The same checks find nothing in main/: it isolates, sandboxes, limits navigation and denies permissions.
    expect(checks).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']));
  }, 60_000);
});
