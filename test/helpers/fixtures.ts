// The fixtures: fixtures/<group>/<slug>/ (groups: articles, boilerplate) holds input.txt or input.html, optional
// args.json (CLI flags), expected.json (the golden output) and optional checks.json.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./run-bin.js";

export interface Fixture {
  /** The folder under fixtures/: articles or boilerplate. */
  readonly group: string;
  readonly slug: string;
  readonly dir: string;
  /** Repository-relative input path, as the golden runner passes it. */
  readonly input: string;
  readonly args: readonly string[];
  readonly expected: string;
  readonly checks: string | null;
}

interface ArgsFile {
  readonly referenceDate?: string;
  readonly format?: string;
  readonly keepBoilerplate?: boolean;
}

function argsFrom(file: string): string[] {
  if (!existsSync(file)) return [];
  const a = JSON.parse(readFileSync(file, "utf8")) as ArgsFile;
  return [
    ...(a.referenceDate ? ["--reference-date", a.referenceDate] : []),
    ...(a.format ? ["--format", a.format] : []),
    ...(a.keepBoilerplate ? ["--keep-boilerplate"] : []),
  ];
}

export function fixtures(group = "articles"): Fixture[] {
  const base = join(ROOT, "fixtures", group);
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const dir = join(base, slug);
      const inputName = readdirSync(dir).find((f) => f.startsWith("input."));
      if (!inputName) throw new Error(`fixture ${slug} has no input file`);
      const checks = join(dir, "checks.json");
      return {
        group,
        slug,
        dir,
        input: `fixtures/${group}/${slug}/${inputName}`,
        args: argsFrom(join(dir, "args.json")),
        expected: join(dir, "expected.json"),
        checks: existsSync(checks) ? checks : null,
      };
    });
}
