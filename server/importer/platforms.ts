/** Platforms of the 创新平台 rows: "名称。描述…"; the type from the name's suffix (longest match). */
import type { Item } from "./boxes.js";
import { type Span, trimSpan } from "./text.js";

export const PLATFORM_TYPES = [
  "重点实验室", "工程实验室", "实验室",
  "制造业创新中心", "技术创新中心", "产业创新中心", "创新中心",
  "工程研究中心", "工程技术中心", "技术中心", "研发中心", "研究中心", "设计中心", "孵化中心", "认证中心", "质检中心",
  "研究院", "分院", "平台", "基地", "基础设施", "装置", "中心",
].sort((a, b) => b.length - a.length);

export interface PlatformItem {
  name: string;
  nameSpan: Span;
  description: string;
  platformType: string;
  item: number;
}

export function platformType(name: string): string {
  const core = name.replace(/项目$/, "");
  return PLATFORM_TYPES.find((t) => core.endsWith(t)) ?? "其他";
}

export function platformOf(clean: string, item: Item): PlatformItem {
  const dot = item.text.indexOf("。");
  const nameEnd = dot < 0 ? item.end : item.start + dot;
  const nameSpan = trimSpan(clean, { start: item.start, end: nameEnd });
  const name = clean.slice(nameSpan.start, nameSpan.end);
  const description = dot < 0 ? "" : clean.slice(nameEnd + 1, item.end).trim();
  return { name, nameSpan, description, platformType: platformType(name), item: item.no };
}
