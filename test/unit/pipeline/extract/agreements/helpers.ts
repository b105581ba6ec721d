// Agreements of texts with hand-made entities (test/helpers/hand-doc.ts), so that the agreement
// logic is tested independently of the entity stage's quality.
import type { AgreementFinding } from "../../../../../src/pipeline/doc.js";
import { findAgreements } from "../../../../../src/pipeline/extract/agreements/index.js";
import type { HandEntities } from "../../../../helpers/hand-doc.js";
import { REFERENCE_DATE, ctxFor, handDoc } from "../../../../helpers/hand-doc.js";

export type { HandEntities } from "../../../../helpers/hand-doc.js";
export { REFERENCE_DATE, ctxFor, handDoc as docOf } from "../../../../helpers/hand-doc.js";

/** The agreements of a text with hand-made entities. */
export function agreementsOf(text: string, entities: HandEntities = {}, referenceDate: string | null = REFERENCE_DATE): AgreementFinding[] {
  return findAgreements(handDoc(text, entities, referenceDate), ctxFor(referenceDate));
}
