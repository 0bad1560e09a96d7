/** The one line the district map shows for a region without boundaries (core/plansMap.ts). */
import { useMessages } from "../i18n.js";

export function NoBoundaries({ region }: { region: string }) {
  const m = useMessages().plans;
  return (
    <p className="no-boundaries" data-testid="no-boundaries" role="note">
      {m.noBoundariesBefore}
      {region ? <span lang="zh">{region}</span> : m.unknownRegion}
      {m.noBoundariesAfter}
    </p>
  );
}
