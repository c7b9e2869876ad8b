#!/usr/bin/env node
// The newsgraph command: loads the TypeScript CLI under tsx, so the repository needs no compile step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
