// The place and typing tables, through the real binary: at least 97% of each passes, and the
// cases known to fail are listed with their reasons (a listed case that passes must be unlisted).
import { beforeAll, describe, expect, it } from "vitest";
import { EXPECTED_PLACE_FAILURES, EXPECTED_TYPING_FAILURES } from "./expected-failures.js";
import { PLACE_CASES } from "./places.cases.js";
import { checkPlace, checkTyping, extractAll } from "./run.js";
import { TYPING_CASES } from "./typing.cases.js";

const MIN_PASS = 0.97;

describe("place table", () => {
  let results: { id: string; problem: string | null }[] = [];
  beforeAll(async () => {
    const recs = await extractAll(PLACE_CASES.map((c) => c[0]));
    results = PLACE_CASES.map((c) => ({ id: `${c[1]} | ${c[0]}`, problem: checkPlace(recs.get(c[0])!, c) }));
  }, 120_000);

  it("has at least 300 cases", () => expect(PLACE_CASES.length).toBeGreaterThanOrEqual(300));
  it(`passes at ${MIN_PASS * 100}% or more`, () => {
    const passed = results.filter((r) => !r.problem).length;
    expect(passed / results.length).toBeGreaterThanOrEqual(MIN_PASS);
  });
  it("fails only where a failure is expected", () => {
    const unexpected = results.filter((r) => r.problem && !(r.id in EXPECTED_PLACE_FAILURES)).map((r) => `${r.id}: ${r.problem}`);
    expect(unexpected).toEqual([]);
  });
  it("lists no expected failure that passes", () => {
    const fixed = results.filter((r) => !r.problem && r.id in EXPECTED_PLACE_FAILURES).map((r) => r.id);
    expect(fixed).toEqual([]);
  });
});

describe("typing table", () => {
  let results: { id: string; problem: string | null }[] = [];
  beforeAll(async () => {
    const recs = await extractAll(TYPING_CASES.map((c) => c.text));
    results = TYPING_CASES.map((c) => ({ id: `${c.name} ${c.expect} | ${c.text}`, problem: checkTyping(recs.get(c.text)!, c) }));
  }, 120_000);

  it("has at least 100 cases", () => expect(TYPING_CASES.length).toBeGreaterThanOrEqual(100));
  it(`passes at ${MIN_PASS * 100}% or more`, () => {
    const passed = results.filter((r) => !r.problem).length;
    expect(passed / results.length).toBeGreaterThanOrEqual(MIN_PASS);
  });
  it("fails only where a failure is expected", () => {
    const unexpected = results.filter((r) => r.problem && !(r.id in EXPECTED_TYPING_FAILURES)).map((r) => `${r.id}: ${r.problem}`);
    expect(unexpected).toEqual([]);
  });
  it("lists no expected failure that passes", () => {
    const fixed = results.filter((r) => !r.problem && r.id in EXPECTED_TYPING_FAILURES).map((r) => r.id);
    expect(fixed).toEqual([]);
  });
});
