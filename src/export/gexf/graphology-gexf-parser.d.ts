// Types for graphology-gexf's DOM-agnostic parser factory, which the package ships untyped. We use the
// factory rather than the package's entry points: its Node entry bundles xmldom at import time, and its browser
// entry reads the global DOMParser at import time, which throws under Node.
declare module "graphology-gexf/common/parser.js" {
  import type { AbstractGraph, Attributes, GraphConstructor } from "graphology-types";

  export interface GexfParserOptions {
    addMissingNodes?: boolean;
    allowUndeclaredAttributes?: boolean;
    respectInputGraphType?: boolean;
  }

  export type GexfParse = <N extends Attributes, E extends Attributes, G extends Attributes>(
    Graph: GraphConstructor<N, E, G>,
    source: string | Document,
    options?: GexfParserOptions,
  ) => AbstractGraph<N, E, G>;

  export default function createParserFunction(
    DOMParser: new () => { parseFromString(source: string, type: string): Document },
    Document: abstract new (...args: never[]) => Document,
  ): GexfParse;
}
