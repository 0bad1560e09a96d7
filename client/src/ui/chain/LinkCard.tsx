/** The chosen chain link: its two ends and what backs it, or why it is a gap. */
import type { ChainLink } from "../../../../contract/api.js";
import type { NodeType } from "../../../../contract/graph.js";
import { TypeSwatch } from "../TypeSwatch.js";
import { useMessages } from "../i18n.js";
import type { Namer } from "./NameText.js";

interface Props {
  link: ChainLink;
  /** Why the link is a gap (null: it is backed). */
  gapReason: string | null;
  names: Namer;
  typeOf: (id: string) => NodeType | null;
  onSelect: (id: string, type: NodeType | null) => void;
  onClose: () => void;
}

export function LinkCard({ link, gapReason, names, typeOf, onSelect, onClose }: Props) {
  const m = useMessages().chain;
  const groups: [string, string[]][] = [
    [m.projects, link.backing.projects],
    [m.platforms, link.backing.platforms],
    [m.districts, link.backing.districts],
  ];
  const node = (id: string) => <NodeButton id={id} names={names} type={typeOf(id)} onSelect={onSelect} />;
  return (
    <section className="link-card" data-testid="chain-link" data-edge-id={link.edgeId}>
      <header>
        <h3>{link.level === "industry" ? m.industryLink : m.productLink}</h3>
        <button type="button" className="icon-button" onClick={onClose} aria-label={m.closeLink} title={m.closeLink}>
          ×
        </button>
      </header>
      <p className="link-ends">
        {node(link.from)}
        <span className="arrow" aria-hidden="true">
          →
        </span>
        {node(link.to)}
      </p>
      {gapReason !== null ? (
        <p className="gap-reason bad">
          {m.gap}: {gapReason}
        </p>
      ) : (
        groups
          .filter(([, ids]) => ids.length)
          .map(([title, ids]) => (
            <div key={title} className="link-backing">
              <h4>{title}</h4>
              <ul>
                {ids.map((id) => (
                  <li key={id}>{node(id)}</li>
                ))}
              </ul>
            </div>
          ))
      )}
    </section>
  );
}

function NodeButton({
  id,
  names,
  type,
  onSelect,
}: {
  id: string;
  names: Namer;
  type: NodeType | null;
  onSelect: (id: string, type: NodeType | null) => void;
}) {
  return (
    <button type="button" className="neighbour" onClick={() => onSelect(id, type)}>
      {type && <TypeSwatch type={type} size={11} />}
      <span lang={names.lang(id)}>{names.text(id)}</span>
    </button>
  );
}
