/** Interface strings of the reader (see define.ts). */
import { defineMessages } from "./define.js";

export const reader = defineMessages(
  {
    planText: "Plan text",
    thePlanText: "the plan text",
    noPlan: "No plan in the graph: nothing has been imported.",
    mentionOf: (i: number, n: number) => `${i} / ${n} mention${n === 1 ? "" : "s"}`,
    prevMention: "Previous mention",
    nextMention: "Next mention",
    notInText: "not named in the text",
    typeFiltered: "its type is filtered out",
    hint: "Click a highlighted name to select it; select a node to find it in the text.",
    quote: (start: number, end: number) => `quote @${start}–${end}`,
    quoteTitle: "The evidence quote shown in the text",
    clearQuote: "Clear the quote",
    graph: "Graph",
  },
  {
    planText: "规划原文",
    thePlanText: "规划原文",
    noPlan: "图谱中没有规划：尚未导入。",
    mentionOf: (i: number, n: number) => `第 ${i} / ${n} 处提及`,
    prevMention: "上一处提及",
    nextMention: "下一处提及",
    notInText: "原文中未提及",
    typeFiltered: "该类型已被筛除",
    hint: "点击高亮的名称即可选中；选中节点即可在原文中找到它。",
    quote: (start: number, end: number) => `引文 @${start}–${end}`,
    quoteTitle: "原文中显示的证据引文",
    clearQuote: "清除引文",
    graph: "图谱",
  },
);
