/** `aftermath presets` and `aftermath preset ID`: list the built-in presets, print one as a file. */
import { PRESETS, findPreset } from '../../shared/presets/index';
import { UsageError } from '../usage';

export function presetsCommand(): string {
  const width = Math.max(...PRESETS.map((preset) => preset.id.length));
  return `${PRESETS.map((preset) => `${preset.id.padEnd(width)}  ${preset.label}: ${preset.summary}`).join('\n')}\n`;
}

export function presetCommand(id: string): string {
  const preset = findPreset(id);
  if (!preset) {
    throw new UsageError(`no preset "${id}" (presets: ${PRESETS.map((p) => p.id).join(', ')})`);
  }
  return `${JSON.stringify(preset.scenario, null, 2)}\n`;
}
