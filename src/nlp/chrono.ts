// The only place that builds chrono's parser. Extractors import `chronoParser` from here so that
// every tweak to chrono (parsers, refiners, options) is made once and seen everywhere.
import * as chrono from "chrono-node";

/** English, casual mode ("yesterday", "last Friday"), dates read as in US news (month first). */
export const chronoParser = chrono.en.casual.clone();

export type { ParsedResult, ParsedComponents } from "chrono-node";
