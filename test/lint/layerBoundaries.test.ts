/**
 * Layer boundaries, enforced twice: the ESLint rule's own cases, and a scan of every file in
 * shared/ proving it imports nothing outside itself except zod.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { RuleTester } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin, { SHARED_PACKAGE_EXCEPTIONS } from '../../tools/eslint/layer-boundaries.js';

// RuleTester runs its cases through these hooks; point them at vitest.
Object.assign(RuleTester, { afterAll, describe, it, itOnly: it.only });

const root = path.resolve('.');
const at = (file: string) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } });
const rule = plugin.rules['layer-boundaries'];
const options = [{ root }];

tester.run('layer-boundaries', rule, {
  valid: [
    { filename: at('shared/model/plan.ts'), code: "import { x } from '../distributions/compile';", options },
    { filename: at('shared/ipc/payloads.ts'), code: "import * as z from 'zod';", options },
    { filename: at('shared/exports/xlsxWriter.ts'), code: "import ExcelJS from 'exceljs';", options },
    { filename: at('main/ipc.ts'), code: "import { IPC_CHANNELS } from '../shared/ipc/contract'; import { app } from 'electron'; import path from 'node:path';", options },
    { filename: at('renderer/src/App.tsx'), code: "import { runScenario } from '../../shared/engine/runScenario'; import { LineChart } from 'recharts';", options },
    { filename: at('cli/main.ts'), code: "import { parseScenario } from '../shared/scenario/parse'; import { readFile } from 'node:fs/promises';", options },
    { filename: at('test/cli/x.test.ts'), code: "import { runCli } from '../../cli/main'; import { app } from 'electron';", options },
  ],
  invalid: [
    { filename: at('shared/model/plan.ts'), code: "import { x } from '../../main/window';", options, errors: [{ message: /shared\/ may import only shared\/, not main\// }] },
    { filename: at('shared/model/plan.ts'), code: "import { readFile } from 'node:fs';", options, errors: [{ message: /may import only the zod package, not "node:fs"/ }] },
    { filename: at('shared/model/plan.ts'), code: "import { app } from 'electron';", options, errors: [{ message: /not "electron"/ }] },
    { filename: at('shared/exports/tableCsv.ts'), code: "import ExcelJS from 'exceljs';", options, errors: [{ message: /may import only the zod package, not "exceljs"/ }] },
    { filename: at('shared/exports/xlsxWriter.ts'), code: "import { readFile } from 'node:fs';", options, errors: [{ message: /not "node:fs"/ }] },
    { filename: at('shared/model/plan.ts'), code: "export * from '../../renderer/src/App';", options, errors: [{ message: /not renderer\// }] },
    { filename: at('shared/model/plan.ts'), code: "const m = import('../../cli/main');", options, errors: [{ message: /not cli\// }] },
    { filename: at('shared/model/plan.ts'), code: "import data from '../../../shared/research/x.json';", options, errors: [{ message: /shared\/ may import only shared\// }] },
    { filename: at('renderer/src/App.tsx'), code: "import { ipcRenderer } from 'electron';", options, errors: [{ message: /use the preload API/ }] },
    { filename: at('renderer/src/App.tsx'), code: "import fs from 'fs';", options, errors: [{ message: /may not import the Node module "fs"/ }] },
    { filename: at('renderer/src/App.tsx'), code: "import { x } from '../../main/window';", options, errors: [{ message: /renderer\/ may import only renderer\/ and shared\/, not main\// }] },
    { filename: at('main/window.ts'), code: "import { App } from '../renderer/src/App';", options, errors: [{ message: /main\/ may import only main\/ and shared\//, }] },
    { filename: at('main/window.ts'), code: "import React from 'react';", options, errors: [{ message: /may not import the UI library "react"/ }] },
    { filename: at('cli/main.ts'), code: "import { mainWindowOptions } from '../main/window';", options, errors: [{ message: /cli\/ may import only cli\/ and shared\// }] },
  ],
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('shared/ imports nothing outside itself', () => {
  it('every import in shared/ stays in shared/ or is zod (or a package its file is excepted for)', () => {
    const sharedRoot = path.resolve('shared');
    const offenders: string[] = [];
    for (const file of filesUnder(sharedRoot)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const specifier = match[1] ?? match[2] ?? '';
        if (specifier.startsWith('.')) {
          const target = path.resolve(path.dirname(file), specifier);
          if (!target.startsWith(sharedRoot + path.sep)) offenders.push(`${path.relative(root, file)} -> ${specifier}`);
        } else if (specifier !== 'zod' && !(SHARED_PACKAGE_EXCEPTIONS[path.relative(root, file).split(path.sep).join('/')] ?? []).includes(specifier)) {
          offenders.push(`${path.relative(root, file)} -> ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    expect(filesUnder(sharedRoot).length).toBeGreaterThan(20);
  });

  it('shared/ is compiled with no DOM library and no Node types', () => {
    const config = JSON.parse(readFileSync(path.resolve('tsconfig.shared.json'), 'utf8'));
    expect(config.compilerOptions.lib).toEqual(['ES2023']);
    expect(config.compilerOptions.types).toEqual([]);
  });
});
