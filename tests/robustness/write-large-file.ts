// Child process for the interrupt test: writes a large file through writeFileAtomic, slowly enough to be killed
// mid-write. Usage: node bin/run-ts.js tests/robustness/write-large-file.ts TARGET MEGABYTES
import { writeFileAtomic } from "../../src/cli/write-atomic.ts";

const [target, megabytes] = process.argv.slice(2);
if (!target || !megabytes) {
  process.stderr.write("usage: write-large-file.ts TARGET MEGABYTES\n");
  process.exit(2);
}
const line = `${JSON.stringify({ note: "a complete new graph", padding: "x".repeat(100) })}\n`;
const content = line.repeat(Math.ceil((Number(megabytes) * 1024 * 1024) / line.length));
// Announce the start, so the parent knows the temporary file is about to grow.
process.stdout.write("writing\n");
writeFileAtomic(target, content);
process.stdout.write("done\n");
