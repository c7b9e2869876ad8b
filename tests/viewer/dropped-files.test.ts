// A dropped folder is walked like the command line walks one: sorted paths, hidden files left out, names relative
// to the drop, readers drained batch by batch; a plain file drop keeps the files' own names.
import { describe, expect, it } from "vitest";
import { DroppedFolderError, filesOfEntries, type DropEntry } from "../../src/viewer/dropped-files.ts";

type Tree = { [name: string]: string | Tree };

/** Plain objects with the File and Directory Entries API's shape, handing out directory entries two at a time. */
function entry(name: string, node: string | Tree, parent = ""): DropEntry {
  const fullPath = `${parent}/${name}`;
  if (typeof node === "string") {
    return { isFile: true, isDirectory: false, name, fullPath, file: (ok: (f: File) => void) => ok(new File([node], name)) } as DropEntry;
  }
  const children = Object.entries(node).map(([n, child]) => entry(n, child, fullPath));
  return {
    isFile: false,
    isDirectory: true,
    name,
    fullPath,
    createReader: () => {
      let at = 0;
      return { readEntries: (ok: (e: DropEntry[]) => void) => ok(children.slice(at, (at += 2))) };
    },
  } as DropEntry;
}

describe("filesOfEntries", () => {
  it("walks dropped folders in sorted order, names files by their path and leaves hidden files out", async () => {
    const folder = entry("reports", { "b.txt": "B", ".DS_Store": "x", "a.txt": "A", gaza: { "z.md": "Z", "c.html": "C" }, "d.jsonl": "D" });
    const loose = entry("loose.txt", "L");
    const files = await filesOfEntries([loose, folder], []);
    expect(files.map((f) => f.name)).toEqual(["loose.txt", "reports/a.txt", "reports/b.txt", "reports/d.jsonl", "reports/gaza/c.html", "reports/gaza/z.md"]);
    expect(await files[1]?.file.text()).toBe("A");
  });

  it("keeps the plain files' names when the browser gives no entries", async () => {
    const files = await filesOfEntries([], [new File(["x"], "one.txt"), new File(["y"], "two.json")]);
    expect(files.map((f) => f.name)).toEqual(["one.txt", "two.json"]);
  });

  it("rejects with a message that says what to do when a folder cannot be listed", async () => {
    const broken = {
      isFile: false, isDirectory: true, name: "locked", fullPath: "/locked",
      createReader: () => ({ readEntries: (_ok: unknown, fail: (e: unknown) => void) => fail(new Error("NotReadableError")) }),
    } as DropEntry;
    await expect(filesOfEntries([broken], [])).rejects.toThrow(DroppedFolderError);
    await expect(filesOfEntries([broken], [])).rejects.toThrow(/Cannot list the folder \/locked .*drop its files instead/);
  });
});
