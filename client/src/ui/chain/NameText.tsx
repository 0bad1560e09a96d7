/** A node's name as shown, marked with the language it is in (names.ts: displayNameLang). */
import type { GraphNode } from "../../../../contract/graph.js";
import { displayName, displayNameLang, nameFromId, type Lang } from "../../core/names.js";

const CJK = /[\u3400-\u9fff]/;

export type NodeIndex = ReadonlyMap<string, GraphNode>;

/** How to name an id in a view: the text and the language it is in. */
export function namer(index: NodeIndex, lang: Lang) {
  return {
    text: (id: string) => {
      const n = index.get(id);
      return n ? displayName(n, lang) : nameFromId(id);
    },
    lang: (id: string) => {
      const n = index.get(id);
      const shown = n ? displayNameLang(n, lang) : "zh";
      // A name the plan writes in Latin letters only (MEMS, AMOLED) is not Chinese text.
      return shown === "zh" && !CJK.test(n ? displayName(n, lang) : nameFromId(id)) ? "en" : shown;
    },
  };
}
export type Namer = ReturnType<typeof namer>;

export function NameText({ id, names }: { id: string; names: Namer }) {
  return <span lang={names.lang(id)}>{names.text(id)}</span>;
}
