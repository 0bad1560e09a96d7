/** Errors the importer raises for bad input; their messages are one line, fit for a CLI. */

/** The input is not a plan this importer understands (empty, binary, HTML, another document). */
export class NotAPlanError extends Error {
  override name = "NotAPlanError";
}

/** A curated file (seeds/curated/*.json) is malformed or disagrees with the plan text. */
export class CuratedFileError extends Error {
  override name = "CuratedFileError";
}
