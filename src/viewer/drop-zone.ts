// Accepts files and folders dropped anywhere on the page, with an overlay while dragging.
import { entriesOf, filesOfEntries, type NamedFile } from "./dropped-files.ts";

/** `files` settles once a dropped folder has been walked; it rejects when a folder cannot be read. */
export function mountDropZone(target: HTMLElement, overlay: HTMLElement, onFiles: (files: Promise<NamedFile[]>) => void): () => void {
  let depth = 0;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");
  const onEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth++;
    overlay.hidden = false;
  };
  const onLeave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const onOver = (e: DragEvent) => {
    // Without preventDefault the browser would navigate to the dropped file.
    e.preventDefault();
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const { entries, files } = entriesOf(e.dataTransfer);
    if (entries.length > 0 || files.length > 0) onFiles(filesOfEntries(entries, files));
  };
  target.addEventListener("dragenter", onEnter);
  target.addEventListener("dragleave", onLeave);
  target.addEventListener("dragover", onOver);
  target.addEventListener("drop", onDrop);
  return () => {
    target.removeEventListener("dragenter", onEnter);
    target.removeEventListener("dragleave", onLeave);
    target.removeEventListener("dragover", onOver);
    target.removeEventListener("drop", onDrop);
  };
}
