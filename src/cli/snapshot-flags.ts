// The V8 flags of the startup snapshot (src/cli/snapshot.ts, scripts/snapshot.mjs).
//
// V8 cannot save regular expressions compiled to machine code, and it refuses a snapshot under
// flags other than those it was built with. The snapshot is therefore built, and started, with a
// tier-up threshold no warm-up reaches: the warm-up's patterns are saved as bytecode (short
// subjects never tier up; a subject of 1000 characters or more still does, at once). Once started,
// the process sets V8's own threshold back: every pattern compiled from then on tiers up as usual.
// (--no-regexp-tier-up, which the JavaScript entry sets, cannot be set here: saved patterns would
// then be run as machine code they do not have.)
//
// --min-semi-space-size=16 (MB) starts the young generation at a size one article fits in: from
// the default of 1 MB, the seed article made V8 scavenge 8 times (about 14 ms), each scavenge
// copying the still-live objects of the pipeline while the space grew step by step; with it, none.
// It changes when the collector runs, never what the program computes.

/** Given to node both to build the snapshot and to start from it (bin/extract reads them from the stamp). */
export const SNAPSHOT_FLAGS: readonly string[] = ["--regexp-tier-up-ticks=1000000000", "--min-semi-space-size=16"];

/** Set by a process started from the snapshot before it runs anything: V8's default threshold. */
export const SNAPSHOT_RUN_FLAGS = "--regexp-tier-up-ticks=1";
