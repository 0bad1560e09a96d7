/** The shapes of the curated files the curate command reads and writes (notes and names kept). */
import { z } from "zod";
import { ProductCategory } from "../importer/curated.js";

export const ProductsFile = z.array(
  z.object({
    term: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    industry: z.string().min(1).optional(),
    nameEn: z.string().min(1).optional(),
    category: ProductCategory.optional(),
    proposal: z.string().min(1).optional(),
  }),
);

export const LinksFile = z.array(
  z.object({
    type: z.enum(["FEEDS", "SUPPLIES"]),
    from: z.string().min(1),
    to: z.string().min(1),
    quote: z.string().min(1),
    note: z.string().min(1).optional(),
    proposal: z.string().min(1).optional(),
  }),
);

export const RejectionsFile = z.array(
  z.object({
    type: z.enum(["product", "FEEDS", "SUPPLIES"]),
    from: z.string().min(1),
    to: z.string(),
    quote: z.string().min(1),
    reason: z.string().min(1),
  }),
);
