import type { ArticleDoc, Ctx } from "./doc.js";
import type { ErrorCode } from "../schema/article.js";

/**
 * One step of the pipeline. `run` is pure: it returns a new document and never mutates the one it
 * got, reads options only from ctx, and does no I/O.
 * `essential` stages (reading, cleaning, validating) fail the whole input when they throw; the
 * others (the extractors) are caught, reported as a message, and leave their field empty.
 */
export interface Stage {
  readonly name: string;
  readonly essential: boolean;
  run(doc: ArticleDoc, ctx: Ctx): ArticleDoc;
}

/** A problem with the input itself (empty, binary ...), as opposed to a bug. */
export class InputFailure extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = "InputFailure";
  }
}
