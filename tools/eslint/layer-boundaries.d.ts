import type { Rule } from 'eslint';

declare const plugin: { rules: { 'layer-boundaries': Rule.RuleModule } };
export default plugin;
export function layerOf(root: string, file: string): string | null;
export const SHARED_PACKAGE_EXCEPTIONS: Readonly<Record<string, readonly string[]>>;
