/** A small SVG of a node type's colour and shape, for the legend and the details panel. */
import type { NodeType } from "../../../contract/graph.js";
import { NODE_THEME, type NodeShape } from "../core/theme.js";

const POINTS: Partial<Record<NodeShape, string>> = {
  star: "8,1 9.9,5.6 14.8,5.9 11,9.1 12.2,14 8,11.3 3.8,14 5,9.1 1.2,5.9 6.1,5.6",
  "round-triangle": "8,2 14.5,13.5 1.5,13.5",
  diamond: "8,1 15,8 8,15 1,8",
  "round-hexagon": "4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8",
  "round-pentagon": "8,1.5 14.8,6.4 12.2,14.2 3.8,14.2 1.2,6.4",
  "round-tag": "1.5,2.5 10.5,2.5 14.5,8 10.5,13.5 1.5,13.5",
};

export function TypeSwatch({ type, size = 14 }: { type: NodeType; size?: number }) {
  const { color, shape } = NODE_THEME[type];
  const points = POINTS[shape];
  return (
    <svg className="swatch" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      {shape === "ellipse" && <circle cx="8" cy="8" r="6.5" fill={color} />}
      {shape === "round-rectangle" && <rect x="1.5" y="2.5" width="13" height="11" rx="2.5" fill={color} />}
      {points && <polygon points={points} fill={color} strokeLinejoin="round" stroke={color} strokeWidth="1" />}
    </svg>
  );
}
