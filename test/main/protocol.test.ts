/** The app:// protocol serves only files inside the renderer folder, with the CSP header. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath, RESPONSE_HEADERS } from '../../main/protocol';
import { serveAppRequest } from '../../main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../main/csp';

const root = mkdtempSync(path.join(tmpdir(), 'aftermath-renderer-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');

describe('resolveAppPath', () => {
  it('maps app://aftermath/ paths inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://aftermath/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://aftermath/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://aftermath/assets/app.js?x=1#y')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it.each([
    'app://aftermath/../secret.txt',
    'app://aftermath/%2e%2e/secret.txt',
    'app://aftermath/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://aftermath/..%5csecret.txt',
    'app://aftermath/%00index.html',
    'app://aftermath/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://aftermath/index.html',
    'not a url',
  ])('never resolves %s outside the renderer folder', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
  });

  it('refuses other hosts and schemes, encoded backslashes, NUL bytes and broken escapes outright', () => {
    for (const url of ['app://evil/index.html', 'file:///etc/passwd', 'app://aftermath/..%5csecret.txt', 'app://aftermath/%00x', 'app://aftermath/%E0%A4%A']) {
      expect(resolveAppPath(root, url)).toBeNull();
    }
  });
});

describe('serveAppRequest', () => {
  it('serves a file with its type and the security headers', async () => {
    const response = await serveAppRequest(root, new Request('app://aftermath/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe(RESPONSE_HEADERS['X-Content-Type-Options']);
    // Cross-origin isolated, so the simulation can run on two threads in the desktop app too.
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and escapes, 405 for other methods', async () => {
    expect((await serveAppRequest(root, new Request('app://aftermath/missing.js'))).status).toBe(404);
    expect((await serveAppRequest(root, new Request('app://aftermath/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await serveAppRequest(root, new Request('app://aftermath/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('Content-Security-Policy', () => {
  it('is the same in the renderer page and in the protocol headers', () => {
    const html = readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no remote origin, no inline script and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
  });
});
