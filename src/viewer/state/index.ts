// Re-exports the viewer state: types, defaults, pure producers and the store.
export * from "./types.ts";
export * from "./defaults.ts";
export * from "./actions.ts";
export * from "./store.ts";
