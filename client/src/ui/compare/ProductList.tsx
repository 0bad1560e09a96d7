/** The products both plans name, each with the industries covering it; how many only one plan names. */
import type { CompareProduct } from "../../../../contract/api.js";
import { nameIn } from "../../core/compare.js";
import type { Lang } from "../../core/names.js";
import { useMessages } from "../i18n.js";

interface Props {
  shared: CompareProduct[];
  only: { a: CompareProduct[]; b: CompareProduct[] };
  industryNames: Map<string, { name: string; nameEn?: string }>;
  lang: Lang;
}

export function ProductList({ shared, only, industryNames, lang }: Props) {
  const m = useMessages().compare;
  return (
    <section className="compare-section" aria-labelledby="compare-products-title" data-testid="compare-products">
      <h2 id="compare-products-title">
        {m.productsTitle} <span className="compare-count">({shared.length})</span>
      </h2>
      <p className="compare-hint">
        {m.productsHint} {m.productsOnly(only.a.length, only.b.length)}
      </p>
      {shared.length === 0 ? (
        <p className="compare-none">{m.noProducts}</p>
      ) : (
        <ul className="compare-products">
          {shared.map((p) => {
            const name = nameIn(p, lang);
            const covering = p.industries.map((id) => nameIn(industryNames.get(id) ?? { name: id }, lang));
            return (
              <li key={p.id} data-id={p.id}>
                <span className="compare-name" lang={name.lang}>
                  {name.text}
                </span>
                {covering.length > 0 && (
                  <span className="compare-covered">
                    <span className="sr-only">{m.coveredBy}: </span>
                    {covering.map((c, i) => (
                      <span key={i} lang={c.lang}>
                        {c.text}
                      </span>
                    ))}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
