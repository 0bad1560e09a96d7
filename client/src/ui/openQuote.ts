/**
 * What clicking an evidence quote does (the app opens the reader at its span). A context, so that
 * every quote in the details panel, the node's own and its connections', can reach it.
 */
import { createContext } from "react";
import type { Span } from "../core/reader.js";

export const OpenQuoteContext = createContext<((span: Span & { planId: string }) => void) | null>(null);
