/**
 * The small vocabularies the proposer cuts list items with. Hand-written from the way Chinese plans
 * phrase their lists ("积极发展A、B等产品"): the verbs and prepositions that open a list, the words
 * that are not products, and the modifiers that precede a product's name.
 */

/** Words that end the text before a list's first item: verbs and prepositions (longest first). */
export const OPENERS = [
  "前瞻布局", "积极发展", "大力发展", "加快发展", "重点发展", "着力发展", "引进培育", "培育壮大", "积极拓展",
  "发展", "推进", "推动", "加快", "突破", "提升", "提高", "研发", "开发", "引进", "培育", "引育", "引培", "完善",
  "聚焦", "围绕", "面向", "瞄准", "依托", "建设", "攻克", "开展", "拓展", "实现", "加强", "布局", "支持",
  "扩大", "形成", "打造", "涵盖", "包括", "集聚", "带动", "发挥", "鼓励", "谋划", "探索", "推广", "利用",
  "运用", "采用", "深化", "构建", "建立", "补齐", "延伸", "制定", "组建", "联合", "承担", "应对",
  "主攻", "聚力", "做大", "丰富", "保障", "提供", "包含", "针对", "收集", "满足", "争取", "加大", "健全", "结合", "拥有", "开拓", "搭建", "获取", "整合", "统筹", "顺应", "消除",
  "支撑", "解决", "建成", "引导", "保护", "接入", "一批", "以及",
  "在", "对", "以", "从", "向", "为", "将", "的", "及其",
];

/** List items that name no product: activities, fields, places, qualities. */
export const GENERIC = new Set([
  "研发", "生产", "制造", "设计", "测试", "应用", "服务", "管理", "技术", "产品", "材料", "设备", "装备", "领域",
  "产业", "教育", "医疗", "金融", "交通", "能源", "农业", "文旅", "气象", "应急", "电力", "公安", "海洋", "化工",
  "钢铁", "建筑", "储存", "运输", "提纯", "存储", "分析", "采集", "人才", "投资", "研究", "孵化", "培训",
  "咨询", "开发", "标准", "政策", "资本", "市场", "渠道", "品牌", "质量", "安全", "创新", "合作", "系统",
  "软件", "硬件", "数据", "平台", "企业", "高校", "院所", "政务", "其他", "各类", "零部件", "配件",
  "高附加值产品", "高附加值", "以上", "智能", "资源", "成果", "技术难题", "行业龙头", "信息", "功能", "工业",
  "工艺", "结构", "不同", "疾病", "上游", "上下游", "化学", "科研", "医药", "显示", "电子", "领先", "重要", "组装", "原材料", "新材料", "新技术", "新产品", "新模式", "新业态",
]);

/** Endings of names that are projects, platforms, organisations or plans, not products. */
export const NOT_PRODUCT_END = /(中心|平台|研究院|研究所|实验室|基地|产业园|园区|园|项目|工程|体系|机制|生产线|车间|工厂|集群|基金|政策|计划|机构|企业|行动|模式|试点|示范|区|县|市|省|国|大会|节点|联盟|方向|环节|能力|水平|规模|步伐|作用|优势|趋势|需求|领域|行业|方面|产业|格局|制度|工作|达产|建设|投产|升级|扩展|研究|分析|鉴定|培养|探索|编制|预测|控制|制备|评估|推广|对接|推动|支持|调试|验证|合作|二期|Ⅱ期|为主|特点|发展|领先|治理|外观|管理|战略|防控|健康|人才|创新|生态|场景|一体|渗透|重要|加工|迭代|化|性|率|度)$/;

/** Activity words at the end of an item: "LED芯片制造" names LED芯片. */
export const ACTIVITY_END = /(的?(研发|生产|制造|加工|组装|设计|开发|应用|产业化|智能化制造|生产及组装|研发生产|及组装|产能规模|产能|规模|工程化|应用步伐|步伐|产业集群|产业链|集群|供给能力))+$/;

/** Words after a name that only say what kind of thing it is: "轴承产品" names 轴承. */
export const KIND_END = /(产品|企业|技术|领域|产业|类)$/;

/** Modifiers that precede a product's name and are not part of it. */
export const MODIFIERS = [
  "高性能", "高可靠性", "高可靠", "高效率", "高功重比", "高精度", "高端", "大型", "新型", "新一代", "先进",
  "中高频", "大功率", "高速高功率", "特种", "精密", "高档", "超长", "高品质", "优质", "中高端", "大尺寸",
  "高密度", "高强韧", "通用", "一批", "核心", "关键", "本地", "专业化", "智能化", "多功能", "重点", "极大规模",
];

/** 用 after these is part of a word (应用, 车用, 农用…); before these too (用于, 用好…). */
const USE_STOP_BEFORE = "应利运采作费使适信享家车农民商专药食医军政研临公有启可日";
const USE_STOP_AFTER = "于好力户能药更地电水途";

/** Whether s[p] is the 用 of "A用B" (B made for A): not 应用, 车用, 通用 (but 交通用), 用于… */
export function isUseAt(s: string, p: number): boolean {
  if (s[p] !== "用" || p < 2 || p >= s.length - 1) return false;
  if (USE_STOP_BEFORE.includes(s[p - 1]) || USE_STOP_AFTER.includes(s[p + 1])) return false;
  return !(s[p - 1] === "通" && s[p - 2] !== "交");
}
