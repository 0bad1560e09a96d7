/**
 * Node positions in the URL (`pos=`): model coordinates rounded to whole pixels (at most 0.5 px
 * off), bit-packed and written in base64url (URL-safe, never percent-encoded).
 *
 * Positions are aligned with the drawn nodes' ids in sorted order, which the reader knows: every
 * node's (`all`), or only some (the nodes a user dragged on a layout the state reproduces), each
 * then named by its index in that order. An 18-bit hash of the ids guards the alignment: a code
 * read against another set of nodes decodes to null (the canvas then lays out afresh).
 *
 * The stream: version (2 bits, 0), mode (1: 0 all, 1 some), hash (18), [count and the indices'
 * gaps], the least x and y (zigzag, length-prefixed), the bits per x and per y (5 each), then each
 * node's x − least x and y − least y. About 4 characters a node for a picture 4,000 px across.
 * Pure.
 */
import { fnv1a } from "./seededRandom.js";

export type Point = { x: number; y: number };

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VERSION = 0;
const HASH_BITS = 18;
/** A length prefix: the number of bits that follow (0–31). */
const WIDTH_BITS = 5;

/** The hash that ties a code to its node ids (`ids` in sorted order). */
export function idsHash(ids: readonly string[]): number {
  return fnv1a(ids.join("\n")) & ((1 << HASH_BITS) - 1);
}

/** Bits needed for values 0..max. */
const bitsFor = (max: number) => (max <= 0 ? 0 : Math.floor(Math.log2(max)) + 1);
/** Far beyond any layout; keeps every number within the 31 bits a length prefix can announce. */
const LIMIT = 2 ** 28;
const clampCoord = (v: number) => (Number.isFinite(v) ? Math.max(-LIMIT, Math.min(LIMIT, v)) : 0);
const zigzag = (v: number) => (v >= 0 ? 2 * v : -2 * v - 1);
const unzigzag = (v: number) => (v % 2 === 0 ? v / 2 : -(v + 1) / 2);

class BitWriter {
  private bits: number[] = [];
  write(value: number, width: number) {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }
  /** A number of any size up to 2^31 − 1: its width, then its bits. */
  writeUint(value: number) {
    const width = bitsFor(value);
    this.write(width, WIDTH_BITS);
    this.write(value, width);
  }
  text(): string {
    let out = "";
    for (let i = 0; i < this.bits.length; i += 6) {
      let v = 0;
      for (let j = 0; j < 6; j++) v = v * 2 + (this.bits[i + j] ?? 0);
      out += ALPHABET[v];
    }
    return out;
  }
}

class BitReader {
  private pos = 0;
  private readonly bits: number[] = [];
  constructor(text: string) {
    for (const ch of text) {
      const v = ALPHABET.indexOf(ch);
      if (v < 0) throw new Error("not base64url");
      for (let j = 5; j >= 0; j--) this.bits.push((v >> j) & 1);
    }
  }
  read(width: number): number {
    if (this.pos + width > this.bits.length) throw new Error("too short");
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bits[this.pos++];
    return v;
  }
  readUint(): number {
    return this.read(this.read(WIDTH_BITS));
  }
  /** Whether only the zero bits that fill the last character are left. */
  done(): boolean {
    return this.bits.length - this.pos < 6 && this.bits.slice(this.pos).every((b) => b === 0);
  }
}

/**
 * The code for the positions of `ids` (sorted, the drawn nodes), or of `only` of them (ids of
 * `ids`: the dragged ones). `at` gives a node's model position.
 */
export function encodePositions(ids: readonly string[], at: (id: string) => Point, only?: readonly string[]): string {
  const index = new Map(ids.map((id, i) => [id, i]));
  const chosen = only ? [...new Set(only)].filter((id) => index.has(id)).sort((a, b) => index.get(a)! - index.get(b)!) : [...ids];
  const w = new BitWriter();
  w.write(VERSION, 2);
  w.write(only ? 1 : 0, 1);
  w.write(idsHash(ids), HASH_BITS);
  if (only) {
    w.writeUint(chosen.length);
    const width = bitsFor(ids.length - 1);
    for (const id of chosen) w.write(index.get(id)!, width);
  }
  const pts = chosen.map((id) => {
    const p = at(id);
    return { x: Math.round(clampCoord(p.x)), y: Math.round(clampCoord(p.y)) };
  });
  const minX = pts.length ? Math.min(...pts.map((p) => p.x)) : 0;
  const minY = pts.length ? Math.min(...pts.map((p) => p.y)) : 0;
  const bx = bitsFor(Math.max(0, ...pts.map((p) => p.x - minX)));
  const by = bitsFor(Math.max(0, ...pts.map((p) => p.y - minY)));
  w.writeUint(zigzag(minX));
  w.writeUint(zigzag(minY));
  w.write(bx, WIDTH_BITS);
  w.write(by, WIDTH_BITS);
  for (const p of pts) {
    w.write(p.x - minX, bx);
    w.write(p.y - minY, by);
  }
  return w.text();
}

/**
 * The positions a code holds, by id, read against `ids` (sorted, the drawn nodes); null when the
 * code is not one, or was written for other nodes.
 */
export function decodePositions(code: string, ids: readonly string[]): Map<string, Point> | null {
  try {
    const r = new BitReader(code);
    if (r.read(2) !== VERSION) return null;
    const some = r.read(1) === 1;
    if (r.read(HASH_BITS) !== idsHash(ids)) return null;
    let chosen: readonly string[] = ids;
    if (some) {
      const count = r.readUint();
      const width = bitsFor(ids.length - 1);
      const picked: string[] = [];
      for (let i = 0; i < count; i++) {
        const at = r.read(width);
        if (at >= ids.length) return null;
        picked.push(ids[at]);
      }
      chosen = picked;
    }
    const minX = unzigzag(r.readUint());
    const minY = unzigzag(r.readUint());
    const bx = r.read(WIDTH_BITS);
    const by = r.read(WIDTH_BITS);
    const out = new Map<string, Point>();
    for (const id of chosen) out.set(id, { x: minX + r.read(bx), y: minY + r.read(by) });
    return r.done() ? out : null;
  } catch {
    return null;
  }
}
