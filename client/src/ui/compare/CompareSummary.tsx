/** The comparison in numbers: industries, products and chain links in both plans or one only. */
import type { CompareSummary as Summary } from "../../core/compare.js";
import { useMessages } from "../i18n.js";

export function CompareSummary({ summary }: { summary: Summary }) {
  const m = useMessages().compare;
  const rows = [
    ["industries", m.industries],
    ["products", m.products],
    ["links", m.links],
  ] as const;
  return (
    <table className="compare-summary" data-testid="compare-summary" aria-label={m.summaryLabel}>
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">{m.summaryLabel}</span>
          </th>
          <th scope="col" className="side-both">
            {m.inBoth}
          </th>
          <th scope="col" className="side-a">
            {m.onlyA}
          </th>
          <th scope="col" className="side-b">
            {m.onlyB}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label]) => (
          <tr key={key} data-row={key}>
            <th scope="row">{label}</th>
            <td data-side="both">{summary[key].both}</td>
            <td data-side="a">{summary[key].a}</td>
            <td data-side="b">{summary[key].b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
