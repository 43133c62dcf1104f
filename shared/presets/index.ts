/** The built-in presets, in the order the app offers them: organisations first, then incident replays. */
import type { Preset } from './preset';
import { regionalHospital } from './regionalHospital';
import { gpPractice } from './gpPractice';
import { communityClinic } from './communityClinic';
import { bank } from './bank';
import { retailer } from './retailer';
import { saasCompany } from './saasCompany';
import { university } from './university';
import { localCouncil } from './localCouncil';
import { wannacryNhs } from './wannacryNhs';
import { scrippsHealth } from './scrippsHealth';

export const PRESETS: readonly Preset[] = [
  regionalHospital,
  gpPractice,
  communityClinic,
  bank,
  retailer,
  saasCompany,
  university,
  localCouncil,
  wannacryNhs,
  scrippsHealth,
];

export const DEFAULT_PRESET_ID = regionalHospital.id;

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
