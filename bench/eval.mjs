#!/usr/bin/env node
// `npm run eval`: runs the accuracy scorers of the development corpora (a folder `shared/` beside
// the repository, or the one named in EXTRACT_EVAL_DIR) and compares each figure with the floor
// pinned in fixtures/scores.json. A figure below its floor (minus a small epsilon for noise)
// fails the run; a floor is only ever raised, by editing scores.json in a commit of its own.
//   npm run eval                 all scorers
//   npm run eval -- ner dates    some of them
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT } from "./util.mjs";

const EPSILON = 0.005;
const shared = resolve(process.env.EXTRACT_EVAL_DIR ?? join(ROOT, "..", "shared"));
if (!existsSync(join(shared, "eval"))) {
  console.error(`eval: no scorers under ${shared}/eval (set EXTRACT_EVAL_DIR)`);
  process.exit(2);
}
const floors = JSON.parse(readFileSync(join(ROOT, "fixtures", "scores.json"), "utf8"));
const bin = "./bin/extract";
const SCORERS = {
  seed: [`${shared}/eval/case-check.mjs`, "--cmd", bin, `${shared}/corpus/seed/expected.json`],
  "boilerplate-html": [`${shared}/eval/boilerplate-score.mjs`, "--quiet", "--cmd", `${bin} --ndjson {files}`],
  "boilerplate-text": [`${shared}/eval/boilerplate-score.mjs`, "--quiet", "--input", "text", "--cmd", `${bin} --ndjson {files}`],
  // The English news pages of this repository (fixtures/news-pages), and the four kept apart until
  // the news rules were written (fixtures/news-pages-holdout), in both tracks; four more kept apart
  // until the text track's label-block rule was written (fixtures/news-pages-holdout2).
  "boilerplate-news-html": [`${shared}/eval/boilerplate-score.mjs`, "--quiet", "--traf-dir", "fixtures/news-pages", "--cmd", `${bin} --ndjson {files}`],
  "boilerplate-news-text": [`${shared}/eval/boilerplate-score.mjs`, "--quiet", "--input", "text", "--traf-dir", "fixtures/news-pages", "--cmd", `${bin} --ndjson {files}`],
  "boilerplate-news-holdout-html": [`${shared}/eval/boilerplate-score.mjs`, "--quiet", "--traf-dir", "fixtures/news-pages-holdout", "--cmd", `${bin} --ndjson {files}`],
  "boilerplate-news-holdout-text": [`${shared}/eval/boilerplate-score.mjs`, "--quiet", "--input", "text", "--traf-dir", "fixtures/news-pages-holdout", "--cmd", `${bin} --ndjson {files}`],
  "boilerplate-news-holdout2-html": [`${shared}/eval/boilerplate-score.mjs`, "--quiet", "--traf-dir", "fixtures/news-pages-holdout2", "--cmd", `${bin} --ndjson {files}`],
  "boilerplate-news-holdout2-text": [`${shared}/eval/boilerplate-score.mjs`, "--quiet", "--input", "text", "--traf-dir", "fixtures/news-pages-holdout2", "--cmd", `${bin} --ndjson {files}`],
  ner: [`${shared}/eval/ner-score.mjs`, "--cmd", `${bin} --ndjson {files}`],
  "ner-news": [`${shared}/eval/ner-score.mjs`, "--subset", "news", "--cmd", `${bin} --ndjson {files}`],
  dates: [`${shared}/eval/dates-score.mjs`, "--quiet", "--cmd", `${bin} --ndjson --reference-date {ref} {files}`],
  "dates-all": [`${shared}/eval/dates-score.mjs`, "--quiet", "--type", "ALL", "--cmd", `${bin} --ndjson --reference-date {ref} {files}`],
  agreements: [`${shared}/eval/agreements-score.mjs`, "--cmd", `${bin} --ndjson {files}`],
  quotes: [`${shared}/eval/quotes-score.mjs`, "--cmd", `${bin} --ndjson {files}`],
};

/** name=value pairs of a scorer's summary line, as numbers where they are numbers. */
function figures(line) {
  const out = {};
  // "people F1=0.60", "value F1=0.58" and "traf F1=0.81" become peopleF1, valueF1, trafF1.
  for (const m of line.replace(/\(lenient[^)]*\)/g, "").matchAll(/(?:([\w-]+) )?([\w-]+)=([\d.]+)/g)) {
    out[m[2] === "F1" && m[1] ? `${m[1]}F1` : m[2]] = Number(m[3]);
  }
  const cases = /cases: (\d+)\/(\d+)/.exec(line);
  if (cases) out.pass = Number(cases[1]) / Number(cases[2]);
  return out;
}

const wanted = process.argv.slice(2);
let failed = 0;
for (const [name, args] of Object.entries(SCORERS)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
  const lines = `${r.stdout}`.trim().split("\n");
  const last = lines.filter((l) => /=|cases:/.test(l)).slice(-2).join(" | ");
  const got = figures(last);
  const misses = Object.entries(floors[name] ?? {}).filter(([k, floor]) => !(got[k] >= floor - EPSILON));
  failed += misses.length;
  console.log(`${misses.length ? "FAIL" : "ok  "} ${name}: ${last}`);
  for (const [k, floor] of misses) console.log(`     ${k}=${got[k]} is below its floor ${floor}`);
}
process.exitCode = failed ? 1 : 0;
