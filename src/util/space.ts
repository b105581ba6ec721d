// White space as JavaScript's `\s` and String.prototype.trim read it, counted without building
// strings: the cleaner measures every text node of a page, and a trimmed or collapsed copy of each
// (only to take its length) was a large share of its allocations.

/** Whether a UTF-16 code unit is white space to `\s` and to trim() (the two sets are the same). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.trim().length`. */
export function trimmedLength(s: string): number {
  let start = 0;
  let end = s.length;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end - start;
}

/** `s.replace(/\s+/g, " ").trim().length`: every run of white space inside counts as one. */
export function collapsedLength(s: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      gap = n > 0;
    } else {
      if (gap) n++;
      gap = false;
      n++;
    }
  }
  return n;
}
