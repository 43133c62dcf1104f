/**
 * App-wide guards applied to every web contents the app creates: navigation away from the app
 * is blocked, new windows are denied, webviews cannot attach, and every permission request
 * (camera, notifications, geolocation...) is refused.
 */
import type { App, Session, WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function installSecurityGuards(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
