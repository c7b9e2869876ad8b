// Disjoint sets of name keys, with a guard so that two different lexicon entities are never merged.

export class UnionFind {
  private readonly parent = new Map<string, string>();
  /** Lexicon id anchored in each root's set, if any. */
  private readonly anchor = new Map<string, string>();

  add(key: string, lexiconId?: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
    if (lexiconId) {
      const root = this.find(key);
      if (!this.anchor.has(root)) this.anchor.set(root, lexiconId);
    }
  }

  find(key: string): string {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression keeps later finds near constant time.
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node) as string;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  anchorOf(key: string): string | undefined {
    return this.anchor.get(this.find(key));
  }

  /** Joins two sets; refuses (returns false) when each holds a different lexicon entity. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const la = this.anchor.get(ra);
    const lb = this.anchor.get(rb);
    if (la && lb && la !== lb) return false;
    // The lexicon entity's key stays the root, so the entity keeps its lexicon id; otherwise the smaller key.
    const [root, child] = la ? [ra, rb] : lb ? [rb, ra] : ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    const keep = la ?? lb;
    if (keep) this.anchor.set(root, keep);
    return true;
  }
}
