#!/usr/bin/env node
// Launcher for the built CLI (out/cli/aftermath.js). `npm ci` builds it (the prepare script);
// if it is missing, say how to build it rather than failing with a module error.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/aftermath.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('aftermath: the CLI is not built yet. Run "npm run build:cli" (or "npm ci") first.\n');
  process.exit(2);
}
await import(built);
