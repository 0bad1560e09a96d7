/**
 * Synthetic Chinese names composed of morphemes (with an English gloss each): modifier + field
 * (+ a head noun that fits the product's category). The morphemes avoid the characters the
 * importer reads as structure (项目, 基地, 平台, 中心, 等, 及, 和, 与, 、, 领域, 需求, 应用 …), so a
 * renamed plan parses as the original did.
 */
import { type Random, pick } from "./random.js";

type Morpheme = readonly [zh: string, en: string];

const MODIFIERS: readonly Morpheme[] = [
  ["智能", "smart"], ["高端", "high-end"], ["新型", "novel"], ["柔性", "flexible"], ["绿色", "green"],
  ["精密", "precision"], ["微纳", "micro-nano"], ["量子", "quantum"], ["超导", "superconducting"], ["光子", "photonic"],
  ["数字", "digital"], ["先进", "advanced"], ["高效", "high-efficiency"], ["轻质", "lightweight"], ["耐蚀", "corrosion-resistant"],
  ["低碳", "low-carbon"], ["固态", "solid-state"], ["宽频", "broadband"], ["透明", "transparent"], ["可降解", "degradable"],
  ["自适应", "adaptive"], ["高纯", "high-purity"], ["纳米", "nano"], ["仿生", "bionic"], ["分布式", "distributed"],
  ["超薄", "ultra-thin"], ["高速", "high-speed"], ["长寿命", "long-life"], ["低功耗", "low-power"], ["高导热", "heat-conducting"],
  ["磁性", "magnetic"], ["车规级", "automotive-grade"], ["医用", "medical"], ["工业级", "industrial-grade"], ["航空", "aviation"],
  ["海洋", "marine"], ["氢基", "hydrogen-based"], ["碳基", "carbon-based"], ["全固态", "all-solid-state"], ["模块化", "modular"],
  ["集成化", "integrated"], ["高可靠", "high-reliability"], ["大尺寸", "large-format"], ["超高清", "ultra-HD"], ["可穿戴", "wearable"],
  ["网联", "connected"], ["协同", "collaborative"], ["云端", "cloud"], ["边缘", "edge"], ["可信", "trusted"],
];

const FIELDS: readonly Morpheme[] = [
  ["氮化物", "nitride"], ["碳纤维", "carbon-fibre"], ["石墨烯", "graphene"], ["钙钛矿", "perovskite"], ["陶瓷", "ceramic"],
  ["合金", "alloy"], ["光电", "optoelectronic"], ["射频", "RF"], ["功率", "power"], ["储能", "energy-storage"],
  ["传感", "sensing"], ["感知", "perception"], ["视觉", "vision"], ["声学", "acoustic"], ["热电", "thermoelectric"],
  ["压电", "piezoelectric"], ["基因", "genetic"], ["细胞", "cell"], ["显示", "display"], ["驱动", "drive"],
  ["伺服", "servo"], ["控制", "control"], ["通信", "communication"], ["导航", "navigation"], ["遥感", "remote-sensing"],
  ["算力", "computing"], ["存储", "memory"], ["互联", "interconnect"], ["电驱", "e-drive"], ["燃料", "fuel"],
  ["膜分离", "membrane-separation"], ["激光", "laser"], ["红外", "infrared"], ["太赫兹", "terahertz"], ["微波", "microwave"],
  ["硅光", "silicon-photonic"], ["碳化物", "carbide"], ["稀土", "rare-earth"], ["钛合金", "titanium-alloy"], ["聚合物", "polymer"],
];

/** Head nouns by the curated product category (products.json `category`). */
const HEADS: Record<string, readonly Morpheme[]> = {
  device: [["芯片", "chips"], ["传感器", "sensors"], ["器件", "devices"], ["探测器", "detectors"], ["滤波器", "filters"], ["激光器", "lasers"], ["控制器", "controllers"], ["电池", "cells"]],
  material: [["材料", "materials"], ["薄膜", "films"], ["涂层", "coatings"], ["纤维", "fibres"], ["晶体", "crystals"], ["粉体", "powders"], ["树脂", "resins"], ["靶材", "targets"], ["基板", "substrates"], ["电解质", "electrolytes"]],
  component: [["组件", "assemblies"], ["模块", "modules"], ["部件", "parts"], ["连接器", "connectors"], ["轴承", "bearings"], ["电机", "motors"], ["阀门", "valves"], ["元件", "elements"], ["模组", "module sets"]],
  equipment: [["装备", "equipment"], ["机器人", "robots"], ["机床", "machine tools"], ["仪器", "instruments"], ["整机", "complete machines"], ["设备", "machinery"]],
  technology: [["技术", "technology"], ["工艺", "process"], ["算法", "algorithms"], ["软件", "software"]],
  product: [["产品", "products"], ["终端", "terminals"], ["整车", "vehicles"], ["药物", "drugs"], ["器械", "instruments"], ["制剂", "formulations"]],
  service: [["服务", "services"], ["检测", "testing"], ["运维", "operation and maintenance"], ["设计", "design"]],
};
const ALL_HEADS = Object.values(HEADS).flat();

export interface SyntheticName {
  zh: string;
  en: string;
}

/** A product name: modifier + field + head of its category (any head when it has none). */
export function productName(rnd: Random, category: string | undefined): SyntheticName {
  const m = pick(rnd, MODIFIERS);
  const f = pick(rnd, FIELDS);
  const h = pick(rnd, (category && HEADS[category]) || ALL_HEADS);
  return { zh: m[0] + f[0] + h[0], en: `${m[1]} ${f[1]} ${h[1]}` };
}

/** An industry name: modifier + field (智能传感, 柔性光电), shorter than any product's. */
export function industryName(rnd: Random): SyntheticName {
  const m = pick(rnd, MODIFIERS);
  const f = pick(rnd, FIELDS);
  const en = `${m[1]} ${f[1]}`;
  return { zh: m[0] + f[0], en: en[0].toUpperCase() + en.slice(1) };
}

/** A platform's name: a field and a modifier in front of the type it keeps (…实验室, …创新中心). */
export function platformName(rnd: Random, type: string): SyntheticName {
  const m = pick(rnd, MODIFIERS);
  const f = pick(rnd, FIELDS);
  return { zh: f[0] + m[0] + type, en: `${f[1]} ${m[1]} ${type}` };
}

/** A project's name: a modifier and a field in front of the tail it keeps (…生产线, …产业园). */
export function projectName(rnd: Random, tail: string): SyntheticName {
  const m = pick(rnd, MODIFIERS);
  const f = pick(rnd, FIELDS);
  return { zh: m[0] + f[0] + tail, en: `${m[1]} ${f[1]} ${tail}` };
}

/**
 * The names one plan uses: no name is part of another (the importer finds terms longest first,
 * and a name inside another would be found there too), none holds a word kept as it is.
 */
export class NamePool {
  private readonly names = new Set<string>();
  constructor(private readonly kept: readonly string[]) {}

  fits(zh: string): boolean {
    if (this.names.has(zh)) return false;
    for (const k of this.kept) if (zh.includes(k) || k.includes(zh)) return false;
    for (const n of this.names) if (n.includes(zh) || zh.includes(n)) return false;
    return true;
  }

  add(zh: string): void {
    this.names.add(zh);
  }

  /** Draw until a name fits (the space is large: 50 × 40 × ~8 per category). */
  draw(make: () => SyntheticName): SyntheticName {
    for (let i = 0; i < 1000; i++) {
      const n = make();
      if (this.fits(n.zh)) {
        this.add(n.zh);
        return n;
      }
    }
    throw new Error("synthetic names: no free name left");
  }
}
