// A progress bar on a terminal, silence otherwise: logs and pipes get only the final summary.

export interface Progress {
  tick(done: number): void;
  end(): void;
}

const WIDTH = 30;

export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr, enabled = stream.isTTY === true): Progress {
  if (!enabled || total < 2) return { tick() {}, end() {} };
  let last = -1;
  return {
    tick(done) {
      const filled = Math.round((done / total) * WIDTH);
      if (filled === last && done !== total) return;
      last = filled;
      stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total}`);
    },
    end() {
      stream.write("\r\x1b[2K");
    },
  };
}
