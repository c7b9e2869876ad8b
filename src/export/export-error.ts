// The typed error every exporter and reader throws, so callers (CLI, viewer) can tell our failures from bugs.

export class ExportError extends Error {
  override readonly name = "ExportError";

  constructor(message: string) {
    super(message.startsWith("newsgraph: ") ? message : `newsgraph: ${message}`);
  }
}
