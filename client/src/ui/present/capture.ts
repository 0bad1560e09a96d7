/** Pictures of the view on screen (owned by the exports work). */

export interface Picture {
  blob: Blob;
  /** Pixels of the image (the scale applied). */
  width: number;
  height: number;
}

export interface CaptureOptions {
  /** Device pixels per CSS pixel of the view: 1, 2 or 4 for exports, less for thumbnails. */
  scale: number;
  /** Drawn as a band above the picture; none when absent. */
  title?: string;
  /** Draw the legend (the node types, or the map's scale) below the picture. */
  legend?: boolean;
}

/** A PNG of the current view (its canvas, or the district map). */
export async function captureView(_options: CaptureOptions): Promise<Picture> {
  throw new Error("captureView: not built yet");
}
