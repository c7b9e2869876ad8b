// The viewer's door to src/export: the same GEXF and graph.json writers and readers as the CLI, with errors
// reworded to name the file, and every graph read normalised for the viewer.
import { readGexf, readGraphJson, writeGexf, writeGraphJson } from "../../export/index.ts";
import type { KnowledgeGraph } from "../../model/index.ts";
import { GraphFileError, normaliseGraph } from "../graph-json.ts";

function reword(name: string, what: string, err: unknown): GraphFileError {
  const message = (err instanceof Error ? err.message : String(err)).replace(/^newsgraph: /, "");
  return new GraphFileError(`${name} could not be read as ${what}: ${message}`);
}

export async function toGexf(graph: KnowledgeGraph): Promise<string> {
  return writeGexf(graph);
}

export async function toGraphJson(graph: KnowledgeGraph): Promise<string> {
  return writeGraphJson(graph);
}

export async function fromGraphJson(text: string, name: string): Promise<KnowledgeGraph> {
  let graph: KnowledgeGraph;
  try {
    graph = readGraphJson(text);
  } catch (err) {
    throw reword(name, "a graph.json", err);
  }
  return normaliseGraph(graph);
}

export async function fromGexf(text: string, name: string): Promise<KnowledgeGraph> {
  let graph: KnowledgeGraph;
  try {
    graph = readGexf(text);
  } catch (err) {
    throw reword(name, "GEXF", err);
  }
  return normaliseGraph(graph);
}
