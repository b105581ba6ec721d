// Common nouns that can be the source of a quote: people by office, kind or relation ("the
// mayor", "Protesters", "my father"), bodies ("the agency") and documents ("the ruling").
import type { Token } from "../../doc.js";
import { DOCUMENT_NOUNS, ORG_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS } from "./lexicon.js";

/** "protesters" → "protester"; "press" and "boss" keep their s. */
const singular = (normal: string): string => normal.replace(/(?<=[^s])s$/, "");

/**
 * Endings of nouns for someone who does something ("rancher", "protester", "narrator", "lobbyist",
 * "librarian", "resident"): as the subject of a verb of saying such a noun names a speaker.
 */
const AGENT_ENDING = /^\p{L}{3,}(?:er|or|ist|ian|ant|ent)s?$/u;

/** A noun for a person ("the announcer", "my father"). */
export const personal = (tok: Token): boolean =>
  tok.tags.has("Actor") || ROLE_NOUNS.has(singular(tok.normal)) || PEOPLE_NOUNS.has(singular(tok.normal)) ||
  (tok.tags.has("Noun") && !tok.tags.has("ProperNoun") && AGENT_ENDING.test(tok.normal));

/** A noun for someone or something that can be quoted: a person, a body or a document. */
export const speaks = (tok: Token): boolean =>
  !tok.tags.has("Pronoun") && (personal(tok) || ORG_NOUNS.has(tok.normal) || ORG_NOUNS.has(singular(tok.normal)) || DOCUMENT_NOUNS.has(singular(tok.normal)));
