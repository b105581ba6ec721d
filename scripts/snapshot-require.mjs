// `createRequire` for the startup snapshot bundle (scripts/snapshot.mjs puts this module in place
// of node:module). While the snapshot is built, node's module loader must not load anything of
// the user's: a snapshot built after it did fails to start. What the warm-up reads from packages
// is JSON (versions in package.json files, word lists), which this reads from node_modules itself.
// Once the snapshot runs, every call goes to node's own createRequire, as in the normal build
// (chrono's other locales, data a stale table is rebuilt from).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { startupSnapshot } from "node:v8";

/** The file `id` names from `dir`, as node finds it: relative to dir, or in a node_modules above it. */
function locate(id, dir) {
  if (id.startsWith("./") || id.startsWith("../") || id.startsWith("/")) return resolvePath(dir, id);
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, "node_modules", id);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) throw new Error(`cannot find ${id} from ${dir}`);
  }
}

/** At build time, a package's own directory stands for it ("chrono-node" resolves to its package.json). */
function locateFile(id, dir) {
  const found = locate(id, dir);
  return /\.json$/.test(found) ? found : join(found, "package.json");
}

export function createRequire(from) {
  const file = String(from).startsWith("file:") ? fileURLToPath(from) : String(from);
  let real = null;
  const runtime = () => (real ??= require("node:module").createRequire(file));
  const building = () => startupSnapshot.isBuildingSnapshot();
  const load = (id) => {
    if (!building()) return runtime()(id);
    const found = locate(id, dirname(file));
    if (!/\.json$/.test(found)) throw new Error(`${id} is not JSON: it cannot be loaded while the startup snapshot is built`);
    return JSON.parse(readFileSync(found, "utf8"));
  };
  load.resolve = (id, options) => (building() ? locateFile(id, dirname(file)) : runtime().resolve(id, options));
  return load;
}
