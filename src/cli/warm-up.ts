// Short articles run at build time so that what an ordinary article needs is ready before the
// first real one: the code cache (scripts/code-cache.mjs) then holds its functions compiled, and
// the startup snapshot (src/cli/snapshot.ts) its data tables, compromise's world and lazy indexes.
export const WARM_UP_SAMPLES: readonly string[] = [
  "PARIS, Jan. 31 (Reuters) - French President Emmanuel Macron and the Acme Corp board agreed on Monday to extend the accord until 2027, officials said. \"We will sign it,\" he said.\n",
  "<html><head><title>Talks resume - Example News</title><meta property=\"article:published_time\" content=\"2026-01-30\"></head><body><nav>Home | World</nav><article><h1>Talks resume</h1><p>By Jane Doe</p><p>TOKYO (AP) - Japan's defence minister met his South Korean counterpart in Yokosuka on Friday, and both sides said they would sign a new agreement next month.</p><p>Photo: REUTERS/John Smith</p></article><footer>Privacy policy</footer></body></html>",
  "TOKYO, Feb. 2 (Kyodo) \u2013 Japan\u2019s foreign minister and her Australian counterpart agreed on Tuesday to deepen defence ties, the ministry said. \u201cWe will keep working together,\u201d she told reporters.\n",
];
