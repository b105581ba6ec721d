// How many single expectations a checks.json holds, to report a pass rate over articles.
import type { Checks } from "./checks.js";

/** One per listed item and per scalar expectation; a person's alias, title and country count apart. */
export function countChecks(c: Checks): number {
  let n = 0;
  for (const k of ["title", "published", "language", "authors"] as const) if (c[k] !== undefined) n++;
  n += (c.text?.mustContain?.length ?? 0) + (c.text?.mustNotContain?.length ?? 0);
  if (c.removedKinds?.atLeast !== undefined) n++;
  n += c.removedKinds?.include?.length ?? 0;
  for (const p of c.people?.must ?? []) n += 1 + (p.alias ? 1 : 0) + (p.title ? 1 : 0) + (p.country ? 1 : 0);
  n += (c.people?.mustNot?.length ?? 0) + (c.people?.atMost !== undefined ? 1 : 0);
  for (const p of c.places?.must ?? []) n += 1 + (p.country ? 1 : 0);
  n += c.places?.mustNot?.length ?? 0;
  n += (c.organizations?.must?.length ?? 0) + (c.organizations?.mustNot?.length ?? 0);
  n += (c.dates?.must?.length ?? 0) + (c.dates?.mustNotText?.length ?? 0);
  n += (c.agreements?.atLeast !== undefined ? 1 : 0) + (c.agreements?.atMost !== undefined ? 1 : 0) + (c.agreements?.mustMatch?.length ?? 0);
  n += (c.quotes?.must?.length ?? 0) + (c.quotes?.atMost !== undefined ? 1 : 0);
  return n;
}
