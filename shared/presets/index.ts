/** The built-in presets, in the order the app offers them. */
import type { Preset } from './preset';
import { regionalHospital } from './regionalHospital';

export const PRESETS: readonly Preset[] = [regionalHospital];

export const DEFAULT_PRESET_ID = regionalHospital.id;

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
