/**
 * A plan file's bytes as text, whatever encoding and line ends it was saved with: UTF-8 (a BOM
 * kept, as offsets count it), UTF-16 with a BOM, and, detected (chardet), GB18030 (which reads GBK
 * and GB2312), Big5 or UTF-16 without a BOM, decoded with iconv-lite. Lone CR line ends become LF
 * (one character for one: offsets do not move). A file cut inside its last character loses that
 * character, with a note. Each step that changed something is a note for the import report.
 */
import { detect } from "chardet";
import iconv from "iconv-lite";
import { NotAPlanError } from "./errors.js";

export interface Decoded {
  text: string;
  /** What decoding did beyond reading UTF-8, for the report's warnings. */
  notes: string[];
}

/** The encodings read besides UTF-8, by chardet's names. */
const DETECTED: Record<string, string> = {
  GB18030: "gb18030",
  GBK: "gb18030",
  GB2312: "gb18030",
  Big5: "big5",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
};

export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new NotAPlanError(`empty file: ${file}`);
  const notes: string[] = [];
  let text = fromBytes(bytes, file, notes);
  if (text.includes("\u0000")) throw new NotAPlanError(`binary file: ${file} contains NUL characters`);
  if (/\r(?!\n)/.test(text)) {
    text = text.replace(/\r(?!\n)/g, "\n");
    notes.push(`${file}: line ends were CR only; read as LF`);
  }
  return { text, notes };
}

function fromBytes(bytes: Uint8Array, file: string, notes: string[]): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xff && buf[1] === 0xfe) return decoded("utf-16le", buf.subarray(2), file, notes);
  if (buf[0] === 0xfe && buf[1] === 0xff) return decoded("utf-16be", buf.subarray(2), file, notes);
  const utf8 = strictUtf8(buf);
  if (utf8 !== undefined) return utf8;
  // UTF-8 but for a character cut at the end (a truncated copy): read what is whole
  const cut = trailingPartial(buf);
  if (cut > 0) {
    const whole = strictUtf8(buf.subarray(0, buf.length - cut));
    if (whole !== undefined) {
      notes.push(`${file}: the file ends inside a character; its last ${cut} byte(s) were dropped (was it cut short?)`);
      return whole;
    }
  }
  const guess = utf16Without(buf) ?? detect(buf);
  const encoding = guess ? DETECTED[guess] : undefined;
  if (!encoding) {
    if (buf.includes(0)) throw new NotAPlanError(`binary file: ${file} contains NUL bytes`);
    throw new NotAPlanError(`not UTF-8 text, nor UTF-16, GB18030 (GBK) or Big5: ${file}${guess ? ` looks like ${guess}` : ""}`);
  }
  return decoded(encoding, buf, file, notes);
}

/**
 * UTF-16 without a BOM, by its zero bytes: text with any ASCII (digits, punctuation, line ends) has
 * them, all on one side of each pair (odd offsets little-endian, even big-endian). chardet takes
 * such files for windows-1252.
 */
function utf16Without(buf: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
  if (buf.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const zeros = even + odd;
  if (zeros < 4) return undefined;
  if (odd >= zeros * 0.95) return "UTF-16LE";
  if (even >= zeros * 0.95) return "UTF-16BE";
  return undefined;
}

function decoded(encoding: string, buf: Buffer, file: string, notes: string[]): string {
  const text = iconv.decode(buf, encoding, { stripBOM: true });
  if (text.includes("\uFFFD")) throw new NotAPlanError(`not readable as ${encoding.toUpperCase()}: ${file} has bytes that are no character there`);
  notes.push(`${file}: decoded from ${encoding.toUpperCase()}`);
  return text;
}

function strictUtf8(buf: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return undefined;
  }
}

/** Bytes of an incomplete UTF-8 sequence at the very end (0 when it ends on a whole character). */
function trailingPartial(buf: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}
