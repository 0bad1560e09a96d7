/**
 * Geography: Chongqing's districts, counties and development zones as `District` nodes, and the
 * zones' `OVERLAPS` edges (DESIGN.md "Geography"). Input: seeds/curated/cq-sei-14fyp/districts.json.
 * None of these facts is stated by the plan, so all evidence is `{ kind: "reference", source }`.
 */
import { z } from "zod";
import {
  edgeId,
  nodeId,
  type GraphEdge,
  type GraphNode,
  type PropValue,
  type ReferenceEvidence,
} from "../../contract/graph.js";

const Name = z.string().trim().min(1);
const Lon = z.number().gte(73).lte(136);
const Lat = z.number().gte(3).lte(54);

export const AdminDivision = z.object({
  name: Name,
  nameEn: Name,
  /** GB/T 2260 code, six digits. */
  adcode: z.string().regex(/^\d{6}$/),
  kind: z.enum(["district", "county"]),
  lon: Lon,
  lat: Lat,
  /** Former or short names, e.g. 梁平县, 石柱县. */
  aliases: z.array(Name).optional(),
  /** Keys of `sources` joined by `+` (e.g. `gbt2260+echarts`), or a free text. */
  source: Name,
  note: z.string().optional(),
});
export type AdminDivision = z.infer<typeof AdminDivision>;

export const DevelopmentZone = z.object({
  name: Name,
  aliases: z.array(Name),
  nameEn: Name,
  kind: z.literal("zone"),
  lon: Lon,
  lat: Lat,
  /** Names of the administrative divisions the zone spans (parts of). */
  overlaps: z.array(Name).min(1),
  source: Name,
  note: z.string().optional(),
});
export type DevelopmentZone = z.infer<typeof DevelopmentZone>;

export const GeographyData = z
  .object({
    sources: z.record(z.string(), z.string().min(1)),
    districts: z.array(AdminDivision).min(1),
    zones: z.array(DevelopmentZone),
  })
  .superRefine((data, ctx) => {
    const names = new Map<string, string>(); // name or alias -> owner
    const claim = (key: string, owner: string, path: (string | number)[]) => {
      const prev = names.get(key);
      if (prev !== undefined && prev !== owner) {
        ctx.addIssue({ code: "custom", path, message: `"${key}" names both ${prev} and ${owner}` });
      }
      names.set(key, owner);
    };
    const adcodes = new Set<string>();
    data.districts.forEach((d, i) => {
      claim(d.name, d.name, ["districts", i, "name"]);
      d.aliases?.forEach((a, j) => claim(a, d.name, ["districts", i, "aliases", j]));
      if (adcodes.has(d.adcode)) ctx.addIssue({ code: "custom", path: ["districts", i, "adcode"], message: `duplicate adcode ${d.adcode}` });
      adcodes.add(d.adcode);
    });
    const districtNames = new Set(data.districts.map((d) => d.name));
    data.zones.forEach((z, i) => {
      claim(z.name, z.name, ["zones", i, "name"]);
      z.aliases.forEach((a, j) => claim(a, z.name, ["zones", i, "aliases", j]));
      z.overlaps.forEach((o, j) => {
        if (!districtNames.has(o)) {
          ctx.addIssue({ code: "custom", path: ["zones", i, "overlaps", j], message: `${z.name} overlaps unknown district ${o}` });
        }
      });
    });
  });
export type GeographyData = z.infer<typeof GeographyData>;

/** `gbt2260+echarts` → one reference per named source; anything else is the source text itself. */
function referenceEvidence(data: GeographyData, source: string): ReferenceEvidence[] {
  const keys = source.split("+").map((k) => k.trim());
  if (keys.every((k) => Object.hasOwn(data.sources, k))) {
    return keys.map((k) => ({ kind: "reference", source: data.sources[k] }));
  }
  return [{ kind: "reference", source }];
}

export function districtNodeId(name: string): string {
  return nodeId("District", name);
}

export function buildGeography(data: GeographyData): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];

  for (const d of data.districts) {
    const props: Record<string, PropValue> = { adcode: d.adcode, kind: d.kind, lon: d.lon, lat: d.lat };
    if (d.aliases?.length) props.aliases = [...d.aliases];
    if (d.note) props.note = d.note;
    nodes.push({
      id: districtNodeId(d.name),
      type: "District",
      name: d.name,
      nameEn: d.nameEn,
      props,
      evidence: referenceEvidence(data, d.source),
    });
  }

  for (const z of data.zones) {
    const evidence = referenceEvidence(data, z.source);
    const props: Record<string, PropValue> = { kind: z.kind, lon: z.lon, lat: z.lat };
    if (z.aliases.length) props.aliases = [...z.aliases];
    if (z.note) props.note = z.note;
    const id = districtNodeId(z.name);
    nodes.push({ id, type: "District", name: z.name, nameEn: z.nameEn, props, evidence });
    for (const o of z.overlaps) {
      const target = districtNodeId(o);
      edges.push({ id: edgeId("OVERLAPS", id, target), type: "OVERLAPS", source: id, target, props: {}, evidence });
    }
  }

  return { nodes, edges };
}

/**
 * Maps a district, county or zone name as a text writes it to the canonical node name
 * (`buildGeography`'s `name`): exact names, aliases (石柱县, 高新区, 梁平县), a leading 重庆市/重庆,
 * and names without their 区/县 suffix (沙坪坝). Returns undefined when unknown or ambiguous.
 */
export function resolveDistrictName(data: GeographyData, name: string): string | undefined {
  const index = nameIndex(data);
  const raw = name.replace(/\s+/g, "");
  if (!raw) return undefined;
  const candidates = [raw];
  for (const prefix of ["重庆市", "重庆"]) {
    if (raw.startsWith(prefix) && raw.length > prefix.length + 1) candidates.push(raw.slice(prefix.length));
  }
  for (const c of candidates) {
    const hit = index.exact.get(c);
    if (hit !== undefined) return hit;
  }
  for (const c of candidates) {
    if (c.length < 2) continue;
    const hits = new Set([index.exact.get(`${c}区`), index.exact.get(`${c}县`)].filter((h): h is string => h !== undefined));
    if (hits.size === 1) return [...hits][0];
  }
  return undefined;
}

const indexCache = new WeakMap<GeographyData, { exact: Map<string, string> }>();

function nameIndex(data: GeographyData): { exact: Map<string, string> } {
  let index = indexCache.get(data);
  if (!index) {
    const exact = new Map<string, string>();
    for (const e of [...data.districts, ...data.zones]) {
      exact.set(e.name, e.name);
      for (const a of e.aliases ?? []) if (!exact.has(a)) exact.set(a, e.name);
    }
    index = { exact };
    indexCache.set(data, index);
  }
  return index;
}
