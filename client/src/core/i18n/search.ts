/** Interface strings of the header search (see define.ts). */
import { defineMessages } from "./define.js";

export const search = defineMessages(
  {
    label: "Search the graph",
    placeholder: "Search: name, pinyin, initials…",
    failed: "Search failed:",
    searching: "Searching…",
    noMatch: "No match for",
    results: "Search results",
  },
  {
    label: "搜索图谱",
    placeholder: "搜索：名称、拼音、首字母…",
    failed: "搜索失败：",
    searching: "搜索中…",
    noMatch: "没有匹配：",
    results: "搜索结果",
  },
);
