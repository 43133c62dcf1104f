/**
 * The Content-Security-Policy for every page the app serves: only the app's own files, no
 * remote origins, no inline or evaluated scripts. The renderer's index.html carries the same
 * policy in a meta tag; test/main checks the two agree.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
