/** Registers the app:// scheme (privileged, before ready) and serves the renderer from it. */
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME, RESPONSE_HEADERS, mimeTypeFor, resolveAppPath } from './protocol';

export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

export async function serveAppRequest(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
  const file = resolveAppPath(rendererRoot, request.url);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: { ...RESPONSE_HEADERS, 'Content-Type': mimeTypeFor(file) } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
}
