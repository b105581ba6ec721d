import { z } from "zod";
import { OutputRecord } from "./article.js";

/** The JSON Schema (draft 2020-12) of one output record, generated from the zod schema. */
export function jsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(OutputRecord, { target: "draft-2020-12" }) as Record<string, unknown>;
}
