/** The export menu: the current view as PNG (1×, 2×, 4×) or SVG, the story as PPTX (owned by the exports work). */
export interface ExportMenuProps {
  /** The title drawn above the picture (the view and what it shows, in the interface language). */
  title: string;
  /** Export the story as PPTX; absent when there is no scene yet. */
  onExportPptx?: () => void;
  /** Progress of a PPTX export under way ("Scene 2 of 5…"), or null. */
  pptxProgress?: string | null;
}

export function ExportMenu(_props: ExportMenuProps) {
  return null;
}
