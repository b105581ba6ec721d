// Data packages are read on first use only, so that `extract --help` and stages that need no
// places stay light. Each loader runs once per process; the result is kept.
import { createRequire } from "node:module";

export const requireData = createRequire(import.meta.url);

export function once<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) { value = load(); loaded = true; }
    return value as T;
  };
}

/** Key for gazetteer look-ups: lower case, accents and dots dropped, hyphens as spaces. */
export const placeKey = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[.'’]/g, "").replace(/[-\s]+/g, " ").trim();
