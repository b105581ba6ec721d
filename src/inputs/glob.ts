// Shell-style globs for --include and --exclude, matched against a path relative to the walked
// directory (with "/" between folders). A glob without "/" matches the base name at any depth
// (`*.html`, `drafts`); one with "/" matches the whole relative path (`2024/**/*.html`).
// `*` and `?` stay within a folder name, `**` spans folders, `{a,b}` and `[abc]` as in a shell.
const escape = (c: string): string => (/[.+^$|()\\]/.test(c) ? `\\${c}` : c);

function toRegExpSource(glob: string): string {
  let out = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        // "**/" matches zero or more whole folders; a trailing "**" anything below.
        const slash = glob[i + 2] === "/";
        out += slash ? "(?:[^/]*/)*" : ".*";
        i += slash ? 2 : 1;
      } else out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) out += "\\[";
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) out += "|";
    else out += escape(c);
  }
  return out + ")".repeat(braces);
}

export interface Glob {
  readonly source: string;
  matches(relativePath: string): boolean;
}

export function compileGlob(glob: string): Glob {
  const pattern = glob.replace(/^\.\//, "").replace(/\/+$/, "");
  const anchored = pattern.includes("/");
  const re = new RegExp(`^${toRegExpSource(pattern)}$`);
  return {
    source: glob,
    matches(relativePath) {
      const path = relativePath.split("\\").join("/");
      return anchored ? re.test(path) : re.test(path.slice(path.lastIndexOf("/") + 1));
    },
  };
}

export const anyMatches = (globs: readonly Glob[], relativePath: string): boolean => globs.some((g) => g.matches(relativePath));
