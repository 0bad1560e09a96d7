/** The browser's edge for stories: thumbnails of the view, files saved and picked, the clipboard. */
import type { Lang } from "../../core/names.js";
import { captureView } from "../present/capture.js";

export const THUMBNAIL_WIDTH = 320;

/** The element the view is drawn in: its canvas, its map, or else the main area. */
function viewElement(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('main [data-testid="graph-canvas"]') ??
    document.querySelector<HTMLElement>('main [data-testid="district-map"]') ??
    document.querySelector<HTMLElement>("main#view")
  );
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the picture could not be read"));
    reader.readAsDataURL(blob);
  });
}

/**
 * The picture again as WebP (JPEG where the browser has no WebP encoder): a PNG thumbnail of a
 * graph is ~100 KB, which would fill the browser's storage after a few dozen scenes.
 */
async function compact(blob: Blob): Promise<string> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement("canvas");
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) return blobToDataUrl(blob);
  // WebP and JPEG have no transparency: the page's white under the picture, as on screen.
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const webp = canvas.toDataURL("image/webp", 0.82);
  return webp.startsWith("data:image/webp") ? webp : canvas.toDataURL("image/jpeg", 0.85);
}

/** A small picture of the view as a data URL, or undefined when the view cannot be pictured. */
export async function captureThumbnail(lang: Lang): Promise<string | undefined> {
  const width = viewElement()?.getBoundingClientRect().width ?? 0;
  if (width <= 0) return undefined;
  try {
    const picture = await captureView({ scale: Math.min(1, THUMBNAIL_WIDTH / width), lang });
    return await compact(picture.blob).catch(() => blobToDataUrl(picture.blob));
  } catch {
    // A scene without a picture is still a scene: the list shows a placeholder.
    return undefined;
  }
}

/** Copy text; false when the browser refuses (no permission, not a secure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
