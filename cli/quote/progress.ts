/**
 * Progress of a quote run on stderr: on a terminal one line redrawn in place
 * ("quoted 12 of 40 organisations"); otherwise (a log, a pipe) a plain line at most every 10%.
 */

export type Progress = Readonly<{ update: (done: number) => void; finish: () => void }>;

export function progressReporter(write: (text: string) => void, isTTY: boolean, total: number): Progress {
  const noun = total === 1 ? 'organisation' : 'organisations';
  const text = (done: number): string => `quoted ${done} of ${total} ${noun}`;
  let lastTenth = 0;
  let drawn = false;
  return {
    update: (done) => {
      if (isTTY) {
        write(`\r${text(done)}`);
        drawn = true;
        return;
      }
      const tenth = Math.floor((done * 10) / total);
      if (tenth > lastTenth || done === total) {
        lastTenth = tenth;
        write(`${text(done)}\n`);
      }
    },
    finish: () => {
      if (drawn) write('\n');
      drawn = false;
    },
  };
}
