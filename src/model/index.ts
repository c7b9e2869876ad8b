// Re-exports the model types: every stage's input and output.
export * from "./article.ts";
export * from "./document.ts";
export * from "./entity.ts";
export * from "./graph.ts";
export * from "./mention.ts";
export * from "./ontology.ts";
export * from "./relation.ts";
