// Entry point of an extraction worker thread. Worker threads start without the CLI's TypeScript loader, so this
// plain JavaScript file registers tsx in the thread first, then loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
