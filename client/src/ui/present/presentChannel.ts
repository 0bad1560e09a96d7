/**
 * The line between story mode and the presenter window: a BroadcastChannel both windows of this
 * origin open by name (window.open's handle would be lost when the main page reloads; the channel
 * is found again by name). Messages are read with core/presentation.ts readMessage.
 */
import { readMessage, type PresentMessage } from "../../core/presentation.js";

export const PRESENT_CHANNEL = "chain-atlas-present";
/** The presenter window's name: opening it again focuses the one already open. */
export const PRESENTER_WINDOW = "chain-atlas-presenter";

export interface PresentLine {
  post(message: PresentMessage): void;
  close(): void;
}

/** Opens the channel; `onMessage` gets the other window's messages (ours are not echoed back). */
export function openPresentLine(onMessage: (message: PresentMessage) => void): PresentLine {
  if (typeof BroadcastChannel === "undefined") return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  channel.onmessage = (e: MessageEvent) => {
    const message = readMessage(e.data);
    if (message) onMessage(message);
  };
  let open = true;
  return {
    post(message) {
      if (open) channel.postMessage(message);
    },
    close() {
      open = false;
      channel.close();
    },
  };
}

/** The presenter window's address: this page with `?presenter=1` (main.tsx renders it instead of the app). */
export function presenterUrl(): string {
  return `${window.location.pathname}?presenter=1`;
}

/** Opens (or focuses) the presenter window; false when the browser blocked it. */
export function openPresenterWindow(): boolean {
  const w = window.open(presenterUrl(), PRESENTER_WINDOW, "popup,width=1000,height=640");
  if (!w) return false;
  w.focus();
  return true;
}
