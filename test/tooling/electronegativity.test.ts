/** The Electronegativity gate: reads the CSV report and lets through only allowlisted checks with reasons. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvFields, parseReport, unexplained } from '../../scripts/electronegativity';

const REPORT = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP has been detected",https://example
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","ipc.ts","70:12","await deps.openExternal(url);","Review the use of openExternal",https://example
NODE_INTEGRATION_HTML_SCAN_CHECK,"HIGH","CERTAIN","window.ts","5:3","nodeIntegration: true, ""x""","Disable nodeIntegration",https://example
`;

describe('electronegativity gate', () => {
  it('parses quoted fields that hold line breaks (as translated descriptions can)', () => {
    const report = 'issue, severity, confidence, filename, location, sample, description, url\nCSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP has been detec\nted in the target application",https://example\n';
    expect(parseReport(report)).toEqual([{ check: 'CSP_GLOBAL_CHECK', severity: 'MEDIUM', file: 'N/A', location: '0:0', sample: 'N/A' }]);
  });

  it('parses quoted CSV fields', () => {
    expect(csvFields('A,"b, c","d ""e""",f')).toEqual(['A', 'b, c', 'd "e"', 'f']);
    expect(parseReport(REPORT).map((finding) => finding.check)).toEqual(['CSP_GLOBAL_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'NODE_INTEGRATION_HTML_SCAN_CHECK']);
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
    const report = path.join(folder, 'report.csv');
    execFileSync(process.execPath, [cli, '-i', folder, '-o', report, '-r', '-e', '45.5.0', '-v', 'false'], { stdio: 'ignore' });
    const checks = parseReport(readFileSync(report, 'utf8')).map((finding) => finding.check);
    // The same checks find nothing in main/: it isolates, sandboxes, limits navigation and denies permissions.
    expect(checks).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']));
  }, 60_000);
});
