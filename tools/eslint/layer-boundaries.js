/**
 * ESLint rule: each top-level folder imports only what its layer may use.
 *   shared/   -> shared/ only, and the zod package (no DOM, no Node, no Electron); the one
 *                exception is exceljs, in shared/exports/xlsxWriter.ts alone (the workbook
 *                writer the app and the CLI share; it runs in the page and in Node alike)
 *   main/     -> main/ and shared/; no React
 *   renderer/ -> renderer/ and shared/; no Node built-ins, no Electron
 *   cli/      -> cli/ and shared/; no Electron, no React
 * Tests, tools and config files may import anything.
 */
import path from 'node:path';
import { builtinModules } from 'node:module';

const LAYERS = ['shared', 'main', 'renderer', 'cli'];
const ALLOWED_LAYERS = {
  shared: ['shared'],
  main: ['main', 'shared'],
  renderer: ['renderer', 'shared'],
  cli: ['cli', 'shared'],
};
const NODE_BUILTINS = new Set(builtinModules);
/** Packages one file of shared/ may import besides zod, keyed by its path from the root. */
export const SHARED_PACKAGE_EXCEPTIONS = { 'shared/exports/xlsxWriter.ts': ['exceljs'] };

function packageName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isNodeBuiltin(name) {
  return name.startsWith('node:') || NODE_BUILTINS.has(name);
}

function packageProblem(layer, name, fileFromRoot) {
  switch (layer) {
    case 'shared':
      if (name === 'zod' || (SHARED_PACKAGE_EXCEPTIONS[fileFromRoot] ?? []).includes(name)) return null;
      return `shared/ is pure TypeScript: it may import only the zod package, not "${name}"`;
    case 'renderer':
      if (isNodeBuiltin(name)) return `renderer/ runs in the page: it may not import the Node module "${name}"`;
      if (name === 'electron') return 'renderer/ may not import electron: use the preload API (shared/ipc/contract.ts)';
      return null;
    case 'main':
      if (name === 'react' || name === 'react-dom' || name === 'recharts') return `main/ may not import the UI library "${name}"`;
      return null;
    case 'cli':
      if (name === 'electron' || name === 'react' || name === 'react-dom' || name === 'recharts') return `cli/ may not import "${name}"`;
      return null;
    default:
      return null;
  }
}

export function layerOf(root, file) {
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const top = relative.split(path.sep)[0];
  return LAYERS.includes(top) ? top : null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each layer (shared, main, renderer, cli) to the imports it may use.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: { boundary: '{{message}}' },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = context.filename;
    const layer = layerOf(root, file);
    if (!layer) return {};

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      let message = null;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = path.resolve(path.dirname(file), specifier);
        const targetLayer = layerOf(root, target);
        if (!targetLayer || !ALLOWED_LAYERS[layer].includes(targetLayer)) {
          const where = targetLayer ? `${targetLayer}/` : path.relative(root, target) || 'outside the layers';
          message = `${layer}/ may import only ${ALLOWED_LAYERS[layer].map((l) => `${l}/`).join(' and ')}, not ${where} ("${specifier}")`;
        }
      } else {
        message = packageProblem(layer, packageName(specifier), path.relative(root, file).split(path.sep).join('/'));
      }
      if (message) context.report({ node, messageId: 'boundary', data: { message } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node.arguments[0], node.arguments[0].value);
        }
      },
    };
  },
};

export default { rules: { 'layer-boundaries': rule } };
