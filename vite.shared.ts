/** Settings every build target shares: the app version baked in, and Node builds bundling their dependencies. */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export const define = { __AFTERMATH_VERSION__: JSON.stringify(pkg.version) };

/** Node built-ins and Electron stay external; everything else is bundled. */
export const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
