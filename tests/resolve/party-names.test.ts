// Parties named without their head noun or by their members' plural join the party's full name.
import { describe, expect, it } from "vitest";
import type { MergeReason } from "../../src/model/entity.ts";
import type { Mention } from "../../src/model/mention.ts";
import { collectKeys } from "../../src/resolve/name-table.ts";
import { joinPartyNames } from "../../src/resolve/party-names.ts";
import { UnionFind } from "../../src/resolve/union-find.ts";
import { mention } from "../helpers/mentions.ts";

const org = { coarse: "ORG", kind: "organization" } as const;

function join(all: Mention[]): { uf: UnionFind; reasons: Map<string, MergeReason> } {
  const uf = new UnionFind();
  const reasons = new Map<string, MergeReason>();
  joinPartyNames(collectKeys(all, uf), uf, reasons);
  return { uf, reasons };
}

describe("joinPartyNames", () => {
  it("joins 'X', 'Xs' and a plural in -ies to 'X Party', in other articles too", () => {
    const { uf, reasons } = join([
      mention("the Kestrel Party", "a", org), mention("Kestrel", "b", org), mention("Kestrels", "c", { coarse: "MISC", kind: "organization" }),
      mention("Varny Party", "a", org), mention("Varnies", "d", org),
    ]);
    const party = uf.find("name:kestrel party");
    expect(uf.find("name:kestrel")).toBe(party);
    expect(uf.find("name:kestrels")).toBe(party);
    expect(reasons.get("name:kestrels")).toBe("partial-name");
    expect(uf.find("name:varnies")).toBe(uf.find("name:varny party"));
  });

  it("leaves people and places alone, and a short name two unjoined parties share", () => {
    const { uf } = join([
      mention("Dorn Party", "a", org), mention("Dorn", "b"), mention("Dorn", "c", { coarse: "LOC", kind: "place" }),
      mention("Teal Party", "a", org), mention("TEAL PARTY", "b", { ...org, lexiconId: "organization:teal" }), mention("Teal", "c", org),
    ]);
    expect(uf.find("name:dorn")).not.toBe(uf.find("name:dorn party"));
    expect(uf.find("name:teal")).not.toBe(uf.find("name:teal party"));
  });
});
