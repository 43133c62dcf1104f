/** A thread's warm-up and steady pace, from its chunks' times (AFTERMATH_TIMING and the benchmark). */
import { describe, expect, it } from 'vitest';
import { ChunkClock, PACE_LINE, WARM_CHUNKS, describePace, lanePace } from '../../cli/simulate/chunkClock';

describe('ChunkClock', () => {
  it('records the time since the previous tick, the first from when it was made', () => {
    const times = [10, 25, 26.5, 40];
    const clock = new ChunkClock(() => times.shift() ?? NaN);
    clock.tick();
    clock.tick();
    clock.tick();
    expect(clock.chunkMs).toEqual([15, 1.5, 13.5]);
  });
});

describe('lanePace', () => {
  it('sums the first chunks as the warm-up and averages the rest', () => {
    expect(lanePace([100, 50, 5, 4, 6, 5], 2)).toEqual({ chunks: 6, warmChunks: 2, warmMs: 150, steadyMsPerChunk: 5 });
  });

  it('counts every chunk as the warm-up when there are no more, with no steady pace', () => {
    expect(lanePace([30, 20], WARM_CHUNKS)).toEqual({ chunks: 2, warmChunks: 2, warmMs: 50, steadyMsPerChunk: null });
    expect(lanePace([], WARM_CHUNKS)).toEqual({ chunks: 0, warmChunks: 0, warmMs: 0, steadyMsPerChunk: null });
  });

  it('is two of the largest batches: sixteen chunks', () => {
    expect(WARM_CHUNKS).toBe(16);
  });
});

describe('describePace and PACE_LINE', () => {
  it('says a thread’s pace in a line the benchmark reads back', () => {
    const line = describePace(2, 2, { chunks: 245, warmChunks: 16, warmMs: 317.4, steadyMsPerChunk: 4.123 });
    expect(line).toBe('thread 2 of 2: 245 chunks of 8,192 years; the first 16 in 0.317 s, then 4.12 ms a chunk on average');
    expect([...line.matchAll(PACE_LINE)].map((match) => match.slice(1))).toEqual([['2', '2', '245', '16', '0.317', '4.12']]);
  });

  it('says when a thread never got past its warm-up, a line PACE_LINE skips', () => {
    const line = describePace(1, 1, { chunks: 1, warmChunks: 1, warmMs: 131, steadyMsPerChunk: null });
    expect(line).toBe('thread 1 of 1: 1 chunk of 8,192 years; the first 1 in 0.131 s, no chunks after them');
    expect([...line.matchAll(PACE_LINE)]).toEqual([]);
  });
});
