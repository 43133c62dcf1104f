/**
 * Summarises a V8 CPU profile (node --cpu-prof) by self time: the functions the samples landed
 * in, with their share of all samples, source line and file (docs/performance.md shows how to
 * record one from the bench). Usage: npx tsx scripts/bench/topFunctions.ts FILE.cpuprofile [N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type ProfileNode = Readonly<{
  id: number;
  callFrame: Readonly<{ functionName: string; url: string; lineNumber: number }>;
}>;
type CpuProfile = Readonly<{ nodes: readonly ProfileNode[]; samples: readonly number[]; timeDeltas: readonly number[] }>;

export type SelfTime = Readonly<{ name: string; location: string; milliseconds: number; share: number }>;

/** Self time per function (by name and location), largest first; time between samples is charged to the sample. */
export function selfTimes(profile: CpuProfile): SelfTime[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, { name: string; location: string; micros: number }>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i + 1] ?? 0;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const name = frame.functionName || '(anonymous)';
    const location = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${name}@${location}`;
    const entry = totals.get(key) ?? { name, location, micros: 0 };
    entry.micros += micros;
    totals.set(key, entry);
    all += micros;
  });
  return [...totals.values()]
    .sort((a, b) => b.micros - a.micros)
    .map((entry) => ({ name: entry.name, location: entry.location, milliseconds: entry.micros / 1000, share: all > 0 ? entry.micros / all : 0 }));
}

const [file, countRaw] = process.argv.slice(2);
const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry && file !== undefined) {
  const rows = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile).slice(0, Number(countRaw ?? 25));
  for (const row of rows) process.stdout.write(`${(row.share * 100).toFixed(1).padStart(5)}%  ${row.milliseconds.toFixed(0).padStart(7)} ms  ${row.name}  ${row.location}\n`);
}
