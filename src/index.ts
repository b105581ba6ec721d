// The library: extract(bytes, options) -> the article, or why this input failed.
// Heavy libraries (compromise, chrono, the HTML parser) load on the first call, not at import.

export type { Article, InputError, SourceRef, ErrorCode, Person, Organization, Place, DateMention, Agreement, Quote, Removed } from "./schema/article.js";
export { Article as ArticleSchema, OutputRecord as OutputRecordSchema, SCHEMA_VERSION } from "./schema/article.js";
export type { PipelineResult } from "./pipeline/index.js";
export { contextFrom, extract } from "./extract.js";
export type { ExtractOptions } from "./extract.js";
