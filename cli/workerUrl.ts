/**
 * Where a worker thread's module is. Built, the CLI is out/cli/aftermath.js and each worker sits
 * beside it under its built name (see vite.cli.config.ts). From source (tests, tsx) the worker is
 * TypeScript, so a small bootstrap registers tsx in the new thread first (Node does not pass
 * --import loaders on to workers).
 */
export function workerUrl(moduleUrl: string, builtName: string, sourceName: string): URL {
  if (!moduleUrl.endsWith('.ts')) return new URL(builtName, moduleUrl);
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL(sourceName, moduleUrl).href;
  const bootstrap = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}
