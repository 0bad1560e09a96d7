/**
 * The chain view's side panel: the chosen link's card and the gap list. It collapses to a strip
 * (remembered across visits) so that the picture takes the room; it never lies over the canvas.
 */
import type { ReactNode } from "react";
import type { GapItem } from "../../core/chainLayout.js";
import { useMessages } from "../i18n.js";
import { NameText, type Namer } from "./NameText.js";

interface Props {
  open: boolean;
  onOpen: (open: boolean) => void;
  gaps: GapItem[];
  loaded: boolean;
  /** The chosen link (edge id, "" for none) and the one under the pointer. */
  chosen: string;
  hovered: string | null;
  onHover: (edgeId: string | null) => void;
  onChoose: (edgeId: string) => void;
  names: Namer;
  /** The chosen link's card, docked at the panel's foot. */
  card: ReactNode;
}

export function GapPanel({ open, onOpen, gaps, loaded, chosen, hovered, onHover, onChoose, names, card }: Props) {
  const m = useMessages().chain;
  if (!open) {
    return (
      <aside className="chain-side collapsed" aria-label={m.gapsTitle}>
        <button
          type="button"
          className="panel-rail-button"
          data-testid="chain-panel-toggle"
          aria-expanded="false"
          title={m.showPanel}
          aria-label={m.showPanel}
          onClick={() => onOpen(true)}
        >
          <span aria-hidden="true">‹</span>
          <span className="rail-title">
            {m.gapsTitle} <span className="count">{gaps.length}</span>
          </span>
        </button>
      </aside>
    );
  }
  return (
    <aside className="chain-side" aria-label={m.gapsTitle}>
      <section className="chain-gaps-section">
        <header className="panel-head">
          <h3>
            {m.gapsTitle} <span className="count">{gaps.length}</span>
          </h3>
          <button
            type="button"
            className="icon-button"
            data-testid="chain-panel-toggle"
            aria-expanded="true"
            title={m.hidePanel}
            aria-label={m.hidePanel}
            onClick={() => onOpen(false)}
          >
            ›
          </button>
        </header>
        <p className="hint">{m.gapsHint}</p>
        <ul className="chain-gaps" data-testid="chain-gaps">
          {gaps.map((g) => (
            <li key={g.edgeId}>
              <button
                type="button"
                data-testid="chain-gap"
                data-edge-id={g.edgeId}
                className={`chain-gap${(hovered ?? chosen) === g.edgeId ? " on" : ""}`}
                aria-pressed={chosen === g.edgeId}
                onMouseEnter={() => onHover(g.edgeId)}
                onMouseLeave={() => onHover(null)}
                onFocus={() => onHover(g.edgeId)}
                onBlur={() => onHover(null)}
                onClick={() => onChoose(chosen === g.edgeId ? "" : g.edgeId)}
              >
                <span className="gap-link">
                  <NameText id={g.from} names={names} /> <span className="arrow">→</span> <NameText id={g.to} names={names} />
                </span>
                <span className="gap-side">{m.side(g.side)}</span>
                <span className="gap-reason">{g.reason}</span>
              </button>
            </li>
          ))}
          {loaded && gaps.length === 0 && <li className="muted">{m.noGaps}</li>}
        </ul>
      </section>
      {/* The chosen link's card stays at the panel's foot: above the list it would move the list under the pointer. */}
      {card && <div className="chain-card-dock">{card}</div>}
    </aside>
  );
}
