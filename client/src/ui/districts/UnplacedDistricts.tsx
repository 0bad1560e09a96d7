/**
 * The districts the map cannot place (no coordinates, no boundary: another plan's region), listed
 * under the map instead of drawn at (0,0); each selects its district.
 */
import { useMessages } from "../i18n.js";

interface Props {
  ids: readonly string[];
  nameOf: (id: string) => string;
  langOf: (id: string) => string;
  selected: string | null;
  onSelect: (id: string) => void;
}

export function UnplacedDistricts({ ids, nameOf, langOf, selected, onSelect }: Props) {
  const m = useMessages().plans;
  if (!ids.length) return null;
  return (
    <section className="unplaced-districts" data-testid="unplaced-districts" aria-label={m.unplacedTitle(ids.length)}>
      <h3>{m.unplacedTitle(ids.length)}</h3>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className={id === selected ? "on" : undefined} aria-pressed={id === selected} lang={langOf(id)} onClick={() => onSelect(id)}>
              {nameOf(id)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
