// Preloaded (node --require) into a process the startup bench starts: at exit it appends the
// process's own CPU time and peak RSS to the file named by EXTRACT_BENCH_CPU_FILE.
const file = process.env.EXTRACT_BENCH_CPU_FILE;
if (file) {
  process.on("exit", () => {
    const { user, system } = process.cpuUsage();
    require("node:fs").appendFileSync(file, `${(user + system) / 1000} ${process.resourceUsage().maxRSS}\n`);
  });
}
