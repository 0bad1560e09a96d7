/**
 * Chain links one plan has and the other lacks (FEEDS between products, SUPPLIES between
 * industries), by plan. Each opens (keyboard: Enter or Space on it) to the sentence stating it; the
 * sentence is its tooltip too.
 */
import type { CompareLink } from "../../../../contract/api.js";
import { linkEnds } from "../../core/compare.js";
import { textLang } from "../../core/language.js";
import type { Lang } from "../../core/names.js";
import { useMessages } from "../i18n.js";

interface Props {
  only: { a: CompareLink[]; b: CompareLink[] };
  sharedCount: number;
  lang: Lang;
}

export function LinkList({ only, sharedCount, lang }: Props) {
  const m = useMessages().compare;
  const none = only.a.length + only.b.length === 0;
  return (
    <section className="compare-section" aria-labelledby="compare-links-title" data-testid="compare-links">
      <h2 id="compare-links-title">{m.linksTitle}</h2>
      <p className="compare-hint">
        {m.linksHint} {m.linksShared(sharedCount)}
      </p>
      {none ? (
        <p className="compare-none">{m.noLinksOnly}</p>
      ) : (
        <div className="compare-link-columns">
          {(["a", "b"] as const).map((side) => (
            <div key={side} className={`compare-group side-${side}`} data-testid={`compare-links-${side}`}>
              <h3>
                <span className="side-dot" aria-hidden="true" />
                {m.side(side)} <span className="compare-count">({only[side].length})</span>
              </h3>
              {only[side].length === 0 ? (
                <p className="compare-none">{m.noneHere}</p>
              ) : (
                <ul className="compare-links">
                  {only[side].map((l) => (
                    <LinkItem key={l.id} link={l} quote={side === "a" ? l.quoteA : l.quoteB} lang={lang} />
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function LinkItem({ link, quote, lang }: { link: CompareLink; quote?: string; lang: Lang }) {
  const m = useMessages().compare;
  const { source, target } = linkEnds(link, lang);
  const head = (
    <>
      <span className="compare-link-type">{m.linkType(link.type)}</span>
      <span lang={source.lang}>{source.text}</span>
      <span className="compare-arrow" aria-hidden="true">
        {m.arrow}
      </span>
      <span lang={target.lang}>{target.text}</span>
    </>
  );
  return (
    <li data-id={link.id} data-in={link.in}>
      {quote ? (
        // the tooltip is the plan's sentence: the element carries its language, the summary the interface's
        <details title={quote} lang={textLang(quote)}>
          <summary lang={lang}>{head}</summary>
          <blockquote className="compare-quote" lang={textLang(quote)}>
            <span className="sr-only">{m.quoteOf}: </span>
            {quote}
          </blockquote>
        </details>
      ) : (
        <div className="compare-link-head">{head}</div>
      )}
    </li>
  );
}
