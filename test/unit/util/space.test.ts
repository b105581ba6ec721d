import { describe, expect, it } from "vitest";
import { collapsedLength, isSpaceCode, trimmedLength } from "../../../src/util/space.js";

/** A small deterministic generator, so that a failure names a reproducible string. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = ["a", "Z", "é", "1", ".", "\u0001", "\u0085", "\u180e", "\u200b", " ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];

function strings(count: number): string[] {
  const next = random(12);
  const out: string[] = ["", " ", "a", " a ", "\u3000\ufeff"];
  for (let i = 0; i < count; i++) {
    const len = Math.floor(next() * 12);
    let s = "";
    for (let j = 0; j < len; j++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
    out.push(s);
  }
  return out;
}

describe("white space counting", () => {
  it("takes every UTF-16 code unit as \\s does", () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it("counts what trim() keeps", () => {
    for (const s of strings(5000)) expect(trimmedLength(s), JSON.stringify(s)).toBe(s.trim().length);
  });

  it("counts what collapsing white space and trimming keeps", () => {
    for (const s of strings(5000)) expect(collapsedLength(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, " ").trim().length);
  });
});
