// Merging without overlap: every extractor proposes, the longest expression wins ("the third
// quarter of 1990" over "1990", "two years ago" over "two years"); on equal length the rule with
// the higher priority, then the earlier one. What is kept never overlaps.
import type { Candidate } from "./types.js";

export function mergeCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
