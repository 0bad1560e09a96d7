/**
 * One-pass renaming, the way the importer finds product terms (products.ts findMentions): at each
 * position the longest word of the map that starts there, non-overlapping, Latin words only as
 * whole words. The same pass over the text and over the curated quotes keeps every quote in its text;
 * where a quote starts or ends inside a renamed word, its span in the new text is mapped instead.
 */
export interface Replacement {
  start: number;
  end: number;
  newStart: number;
  newEnd: number;
}

const ASCII_WORD = /[A-Za-z0-9]/;

export interface Renamer {
  /** The string with every word of the map replaced (words mapped to themselves are kept: they shield their parts). */
  apply(s: string): { out: string; replaced: Replacement[] };
  rename(s: string): string;
}

export function makeRenamer(map: ReadonlyMap<string, string>): Renamer {
  const byFirst = new Map<string, string[]>();
  for (const w of [...map.keys()].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(w[0]) ?? [];
    list.push(w);
    byFirst.set(w[0], list);
  }
  const apply = (s: string) => {
    const parts: string[] = [];
    const replaced: Replacement[] = [];
    let from = 0;
    let length = 0;
    let i = 0;
    while (i < s.length) {
      const hit = (byFirst.get(s[i]) ?? []).find(
        (w) =>
          s.startsWith(w, i) &&
          !(ASCII_WORD.test(w[0]) && ASCII_WORD.test(s[i - 1] ?? "")) &&
          !(ASCII_WORD.test(w[w.length - 1]) && ASCII_WORD.test(s[i + w.length] ?? "")),
      );
      if (!hit) {
        i++;
        continue;
      }
      const to = map.get(hit)!;
      parts.push(s.slice(from, i));
      length += i - from;
      replaced.push({ start: i, end: i + hit.length, newStart: length, newEnd: length + to.length });
      parts.push(to);
      length += to.length;
      i += hit.length;
      from = i;
    }
    parts.push(s.slice(from));
    return { out: parts.join(""), replaced };
  };
  return { apply, rename: (s) => apply(s).out };
}

/** Where an offset of the old text lands in the new one; inside a renamed word, at its start (or end). */
export function mapOffset(replaced: readonly Replacement[], at: number, side: "start" | "end"): number {
  let lo = 0;
  let hi = replaced.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (replaced[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  // replaced[lo] is the first word ending after `at`; before it, the text is shifted by the words so far
  const r = replaced[lo];
  if (r && r.start < at) return side === "start" ? r.newStart : r.newEnd;
  const prev = replaced[lo - 1];
  return prev ? at - prev.end + prev.newEnd : at;
}
