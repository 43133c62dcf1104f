/** `aftermath validate FILE`: say the file is valid, or list every problem (exit code 2). */
import { readScenarioFile } from '../scenarioFile';

export async function validateCommand(file: string): Promise<string> {
  const scenario = await readScenarioFile(file);
  return `${file}: valid scenario "${scenario.name}" with ${scenario.threats.length} threat${scenario.threats.length === 1 ? '' : 's'}\n`;
}
