/**
 * Stories as files and links: reading a story file (any JSON a person may hand the app) into a
 * story, or saying why not; writing one; and the whole story (without thumbnails) as one URL
 * parameter, lz-string compressed, read back with the same checks.
 *
 * Pure: the UI's edge (ui/story/) reads files, the clipboard and the URL.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { z } from "zod";
import { LANGS } from "./names.js";
import { STORY_FORMAT, STORY_VERSION, type Scene, type Story } from "./story.js";

/** Why a text is not a story this build can open; the story catalog words each kind in both languages. */
export type StoryProblem =
  | { kind: "not-json" }
  | { kind: "not-story" }
  | { kind: "newer"; version: number }
  | { kind: "invalid"; field: string }
  /** A `story=` link that does not decompress (cut short when copied, or hand-edited). */
  | { kind: "bad-link" };

export type StoryRead = { ok: true; story: Story } | { ok: false; problem: StoryProblem };

/** The URL parameter a story link carries its story in. */
export const STORY_PARAM = "story";

// A thumbnail is a picture the app drew; anything else in that field is dropped rather than shown.
const THUMBNAIL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;

const SceneSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(500),
  note: z.string().max(20_000),
  query: z.string().max(20_000).refine((q) => q === "" || q.startsWith("?"), "a query string starting with ?"),
  lang: z.enum(LANGS),
  thumbnail: z.string().optional(),
});

const StorySchema = z.object({
  format: z.literal(STORY_FORMAT),
  version: z.number().int().min(1),
  title: z.string().max(500),
  scenes: z.array(SceneSchema).max(500),
});

/** A raw story of an older version, brought one version up: `STEPS[v]` turns version v into v + 1. */
export type MigrationStep = (raw: Record<string, unknown>) => Record<string, unknown>;

/** No older version exists yet; the first change to the format adds `1: (raw) => …` here. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

/** Bring a raw story of `version` up to STORY_VERSION through `steps`; a missing step leaves it as is. */
export function migrate(raw: Record<string, unknown>, version: number, steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS): Record<string, unknown> {
  let out = raw;
  for (let v = version; v < STORY_VERSION; v++) {
    const step = steps[v];
    if (step) out = step(out);
  }
  return { ...out, version: STORY_VERSION };
}

/** `scenes[2].lang`: the field a person can find in the file. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(the whole file)";
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A parsed JSON value as a story: its format, then its version, then every field. */
export function readStory(value: unknown, steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS): StoryRead {
  if (!isRecord(value) || value.format !== STORY_FORMAT) return { ok: false, problem: { kind: "not-story" } };
  const version = value.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { kind: "invalid", field: "version" } };
  }
  if (version > STORY_VERSION) return { ok: false, problem: { kind: "newer", version } };
  const parsed = StorySchema.safeParse(migrate(value, version, steps));
  if (!parsed.success) {
    return { ok: false, problem: { kind: "invalid", field: fieldPath(parsed.error.issues[0]?.path ?? []) } };
  }
  const story = parsed.data;
  const scenes: Scene[] = story.scenes.map(({ thumbnail, ...sc }) => (thumbnail && THUMBNAIL.test(thumbnail) ? { ...sc, thumbnail } : sc));
  const ids = new Set(scenes.map((sc) => sc.id));
  if (ids.size !== scenes.length) {
    const i = scenes.findIndex((sc, k) => scenes.findIndex((o) => o.id === sc.id) !== k);
    return { ok: false, problem: { kind: "invalid", field: `scenes[${i}].id` } };
  }
  return { ok: true, story: { format: STORY_FORMAT, version: STORY_VERSION, title: story.title, scenes } };
}

/** The text of a story file, as a person picked it. */
export function readStoryFile(text: string, steps?: Readonly<Record<number, MigrationStep>>): StoryRead {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: { kind: "not-json" } };
  }
  return readStory(value, steps);
}

/** The story as a file's text: versioned, pretty enough to read and diff. */
export function writeStoryFile(story: Story): string {
  return `${JSON.stringify({ format: STORY_FORMAT, version: STORY_VERSION, title: story.title, scenes: story.scenes }, null, 2)}\n`;
}

/** A file name for the story: its title (characters no file system takes replaced), else "story". */
export function storyFileName(story: Pick<Story, "title">, ext = ".chain-atlas.json"): string {
  // eslint-disable-next-line no-control-regex -- control characters are among those no file system takes
  const base = story.title.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, " ").replace(/\s+/g, " ").trim().replace(/^\.+/, "").slice(0, 80).trim();
  return `${base || "story"}${ext}`;
}

/** The story without its thumbnails, compressed into one URL-safe parameter value. */
export function encodeStoryLink(story: Story): string {
  const scenes = story.scenes.map(({ id, title, note, query, lang }) => ({ id, title, note, query, lang }));
  return compressToEncodedURIComponent(JSON.stringify({ format: STORY_FORMAT, version: STORY_VERSION, title: story.title, scenes }));
}

/** A `story=` parameter value back into a story, checked as a file is. */
export function decodeStoryLink(param: string): StoryRead {
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(param.trim());
  } catch {
    text = null;
  }
  if (!text) return { ok: false, problem: { kind: "bad-link" } };
  const read = readStoryFile(text);
  return !read.ok && read.problem.kind === "not-json" ? { ok: false, problem: { kind: "bad-link" } } : read;
}

/** The link that opens the whole story: the app's address with only `story=` in its query. */
export function storyLink(base: string, story: Story): string {
  return `${base}?${STORY_PARAM}=${encodeStoryLink(story)}`;
}
