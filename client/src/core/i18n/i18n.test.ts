import { describe, expect, it } from "vitest";
import { CATALOGS, messagesFor } from "./index.js";

const CJK = /[\u3400-\u9fff]/;
/** A message as a person reads it: functions called with sample arguments. */
const sample = (m: unknown): string => (typeof m === "function" ? String(m(2, "集成电路", "新型显示")) : String(m));

describe("interface messages", () => {
  for (const [area, { en, zh }] of Object.entries(CATALOGS)) {
    it(`${area}: both languages have the same keys, none empty`, () => {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const k of Object.keys(en)) {
        expect(sample(en[k]).trim(), `${area}.${k} (en)`).not.toBe("");
        expect(sample(zh[k]).trim(), `${area}.${k} (zh)`).not.toBe("");
      }
    });
    it(`${area}: Chinese messages are Chinese, English ones are not`, () => {
      for (const k of Object.keys(en)) {
        const z = sample(zh[k]);
        // symbols and keys (⇄, ↶, Esc) read the same in both languages
        if (/[A-Za-z]{3,}/.test(sample(en[k]))) expect(z, `${area}.${k} (zh)`).toMatch(CJK);
        // English messages may quote a Chinese name passed in, never their own Chinese words
        expect(typeof en[k] === "function" ? "" : sample(en[k]), `${area}.${k} (en)`).not.toMatch(CJK);
      }
    });
  }

  it("gives one catalog per language", () => {
    expect(messagesFor("zh")).not.toBe(messagesFor("en"));
    expect(Object.keys(messagesFor("zh")).sort()).toEqual(Object.keys(messagesFor("en")).sort());
  });
});
