/**
 * Geography from the GB/T 2260 reference, for a plan without curated geography (no districts.json):
 * each District node the plan names that is a county-level division of the plan's region gets its
 * code, its kind (district|county) and coordinates where the reference has them, with the reference
 * as evidence. Development zones (高新区, 新区) are in no code list: they stay kind zone with no code
 * and no coordinates. Only the districts the plan names are touched; none is added. Pure.
 */
import type { GraphData, GraphNode, PropValue } from "../../contract/graph.js";
import { districtKind } from "./districts.js";
import { type Divisions, divisionKind, matchDivisions } from "./divisions.js";

export interface DivisionsResult {
  graph: GraphData;
  inferred: string[];
  warnings: string[];
}

export function applyDivisions(graph: GraphData, divs: Divisions, region: { name: string; code: string }): DivisionsResult {
  const inferred: string[] = [];
  const warnings: string[] = [];
  const where = (code?: string) => (code ? divs.byCode.get(code)?.name : undefined);
  let resolved = 0;
  let placed = 0;
  let named = 0;
  const nodes = graph.nodes.map((n): GraphNode => {
    if (n.type !== "District") return n;
    named++;
    const written = [...new Set(n.evidence.flatMap((e) => ("quote" in e && e.quote !== n.name ? [e.quote] : [])))];
    const hits = matchDivisions(divs, region.code, n.name);
    if (hits.length > 1) {
      const list = hits.map((d) => `${d.code} (${where(d.prefecture) ?? where(d.province)})`).join(", ");
      warnings.push(`district ${n.name} is ambiguous in ${region.name}: GB/T 2260 has ${list}; no code`);
      return n;
    }
    const d = hits[0];
    if (!d) {
      if (districtKind(n.name) === "zone") {
        inferred.push(`district ${n.name} is a development zone, in no GB/T 2260 list: kind zone, no code, no coordinates`);
      } else {
        warnings.push(`district ${n.name} named by the plan is not a county-level division of ${region.name} in GB/T 2260: no code`);
      }
      return n;
    }
    resolved++;
    const props: Record<string, PropValue> = { ...n.props, adcode: d.code, kind: divisionKind(d) };
    if (d.lon !== undefined && d.lat !== undefined) {
      props.lon = d.lon;
      props.lat = d.lat;
      placed++;
    }
    const parent = where(d.prefecture) ?? where(d.province);
    inferred.push(
      `district ${n.name}: GB/T 2260 ${d.code} (${parent}), kind ${props.kind}` + (written.length ? `; the plan writes ${written.join("、")}` : ""),
    );
    return { ...n, props, evidence: [...n.evidence, { kind: "reference", source: divs.source }] };
  });
  if (named) {
    inferred.push(
      `geography of ${region.name} from GB/T 2260: ${resolved} of ${named} districts the plan names are divisions with a code; ` +
        (placed === resolved ? `all have coordinates` : `${resolved - placed} without coordinates (the reference has none for them)`),
    );
  }
  return { graph: { ...graph, nodes }, inferred, warnings };
}
