/**
 * Interface strings of several plans: the header's plan picker, the district map without
 * boundaries, the details panel's evidence and properties per plan (see define.ts). A region or a
 * plan title inside a sentence is its own element with its own `lang`: the sentences come in parts.
 */
import { defineMessages } from "./define.js";

export const plans = defineMessages(
  {
    pickerLabel: "Plan",
    pickerTitle: "Show one plan's statements, or all plans together",
    allPlans: "All plans",
    /** Between a plan's title and its region in the picker. */
    regionSep: " · ",
    /** "No district boundaries for <region> yet: the lists and the matrix work." */
    noBoundariesBefore: "No district boundaries for ",
    noBoundariesAfter: " yet: the lists and the matrix work.",
    unknownRegion: "this region",
    unplacedTitle: (n: number) => `${n} ${n === 1 ? "district" : "districts"} without coordinates, not on the map`,
    /** "In <plan title>" above one plan's properties. */
    inPlanBefore: "In ",
    inPlanAfter: ":",
    otherEvidence: "Other evidence",
    propsByPlan: "Properties by plan",
    name: "Name",
  },
  {
    pickerLabel: "规划",
    pickerTitle: "只看一个规划的陈述，或全部规划一起看",
    allPlans: "全部规划",
    regionSep: " · ",
    noBoundariesBefore: "暂无",
    noBoundariesAfter: "的区县边界：列表和矩阵仍可使用。",
    unknownRegion: "该地区",
    unplacedTitle: (n: number) => `${n} 个区县没有坐标，未画在地图上`,
    inPlanBefore: "在",
    inPlanAfter: "中：",
    otherEvidence: "其他依据",
    propsByPlan: "各规划的属性",
    name: "名称",
  },
);
