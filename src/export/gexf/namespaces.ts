// The namespaces each GEXF version must declare. graphology-gexf 0.13 gets the 1.2 viz one wrong.
import type { GexfVersion } from "./settings.ts";

export interface GexfNamespaces {
  gexf: string;
  viz: string;
  /** The `version` attribute on <gexf>. */
  version: string;
}

export const GEXF_NAMESPACES: Readonly<Record<GexfVersion, GexfNamespaces>> = {
  "1.3": { gexf: "http://gexf.net/1.3", viz: "http://gexf.net/1.3/viz", version: "1.3" },
  "1.2": { gexf: "http://www.gexf.net/1.2draft", viz: "http://www.gexf.net/1.2draft/viz", version: "1.2" },
};
