/** Prints the calibration table for docs/model.md (npm run calibration). */
import { calibrationMarkdown } from '../shared/presets/calibrationTable';

process.stdout.write(`${calibrationMarkdown()}\n`);
