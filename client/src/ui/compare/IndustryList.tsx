/**
 * The industries of the two plans: in both, only in A, only in B; each with what backs it in each
 * plan that has it (projects, platforms, key districts, products) as a number and a bar.
 */
import type { CompareBacking, CompareIndustry, Side } from "../../../../contract/api.js";
import { BACKING_KEYS, barFraction, nameIn, type BySide } from "../../core/compare.js";
import type { Lang } from "../../core/names.js";
import { useMessages } from "../i18n.js";

interface Props {
  industries: BySide<CompareIndustry>;
  scale: CompareBacking;
  lang: Lang;
}

export function IndustryList({ industries, scale, lang }: Props) {
  const m = useMessages().compare;
  return (
    <section className="compare-section" aria-labelledby="compare-industries-title" data-testid="compare-industries">
      <h2 id="compare-industries-title">{m.industriesTitle}</h2>
      <p className="compare-hint">{m.industriesHint}</p>
      {(["both", "a", "b"] as const).map((side) => (
        <IndustryGroup key={side} side={side} items={industries[side]} scale={scale} lang={lang} />
      ))}
    </section>
  );
}

function IndustryGroup({ side, items, scale, lang }: { side: Side; items: CompareIndustry[] } & Omit<Props, "industries">) {
  const m = useMessages().compare;
  return (
    <div className={`compare-group side-${side}`} data-testid={`compare-industries-${side}`}>
      <h3>
        <span className="side-dot" aria-hidden="true" />
        {m.side(side)} <span className="compare-count">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="compare-none">{m.noneHere}</p>
      ) : (
        <ul className="compare-industries">
          {items.map((i) => {
            const name = nameIn(i, lang);
            return (
              <li key={i.id} className="compare-industry" data-id={i.id} data-in={i.in}>
                <span className="compare-name" lang={name.lang}>
                  {name.text}
                </span>
                <Backing side="a" backing={i.a} scale={scale} />
                <Backing side="b" backing={i.b} scale={scale} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function Backing({ side, backing, scale }: { side: "a" | "b"; backing?: CompareBacking; scale: CompareBacking }) {
  const m = useMessages().compare;
  return (
    <div className={`compare-backing side-${side}`} data-side={side}>
      <span className="compare-backing-side" aria-hidden={backing ? undefined : "true"}>
        <span className="side-dot" aria-hidden="true" />
        {side.toUpperCase()}
      </span>
      {backing ? (
        <dl className="compare-metrics">
          {BACKING_KEYS.map((k) => (
            <div key={k} className="compare-metric" data-key={k} data-value={backing[k]} title={m.backingTitle(side === "a" ? m.planA : m.planB, k, backing[k])}>
              <dt>{m.backingShort(k)}</dt>
              <dd>
                <span className="compare-bar" aria-hidden="true">
                  <i style={{ width: `${Math.round(barFraction(backing[k], scale[k]) * 100)}%` }} />
                </span>
                <span className="compare-value">{backing[k]}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <span className="compare-absent">{m.notInPlan}</span>
      )}
    </div>
  );
}
