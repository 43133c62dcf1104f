/**
 * `aftermath sensitivity [FILE]`: what drives the loss in a scenario file (or the built-in
 * example): the tornado and rank correlations as JSON or a table on stdout. Progress goes to
 * stderr only on a terminal, one line redrawn in place.
 */
import { DEFAULT_PRESET_ID, findPreset } from '../../shared/presets/index';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { analyseSensitivity } from '../../shared/sensitivity/analyse';
import type { SensitivityFormat } from '../args';
import type { CliIo } from '../main';
import { formatSensitivityTable } from '../output/sensitivityTable';
import { readScenarioFile } from '../scenarioFile';

export type SensitivityArgs = Readonly<{
  file: string | undefined;
  trials: number | undefined;
  seed: number | undefined;
  format: SensitivityFormat;
}>;

export async function sensitivityCommand(args: SensitivityArgs, io: CliIo): Promise<number> {
  const scenario: Scenario = args.file ? await readScenarioFile(args.file) : (findPreset(DEFAULT_PRESET_ID)?.scenario as Scenario);
  let shown = -1;
  const onProgress = (done: number): void => {
    const percent = Math.floor(done * 100);
    if (percent === shown) return;
    shown = percent;
    io.stderr(`\rwhat drives the loss: ${percent}%`);
  };
  let result;
  try {
    result = analyseSensitivity(scenario, {
      ...(args.trials !== undefined ? { trials: args.trials } : {}),
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      ...(io.stderrIsTTY === true ? { onProgress } : {}),
    });
  } finally {
    if (shown >= 0) io.stderr('\n');
  }
  io.stdout(args.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatSensitivityTable(result));
  return 0;
}
