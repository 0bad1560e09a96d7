/**
 * A scene's note, Markdown, as React elements. Story files come from other people, so the note is
 * untrusted: raw HTML is shown as the text it is (never parsed), links open only http(s) and in a
 * new tab without the opener, and images are their alt text (a picture from elsewhere would tell
 * its host who is presenting). markdown-to-jsx builds React elements, no innerHTML anywhere.
 */
import { compiler, RuleType, type MarkdownToJSX } from "markdown-to-jsx/react";
import type { ReactNode } from "react";

/** Only absolute http(s) addresses survive. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function SafeLink({ href, title, children }: { href?: string; title?: string; children?: ReactNode }) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** A heading inside a note is a strong line: the caption's own title is the scene's. */
function NoteHeading({ children }: { children?: ReactNode }) {
  return <p className="note-heading">{children}</p>;
}

const OPTIONS: MarkdownToJSX.Options = {
  disableParsingRawHTML: true,
  ignoreHTMLBlocks: true,
  disableFrontmatter: true,
  forceBlock: true,
  wrapper: "div",
  sanitizer: (value, tag, attribute) => (tag === "a" && attribute === "href" ? safeHref(value) : null),
  overrides: { a: SafeLink, h1: NoteHeading, h2: NoteHeading, h3: NoteHeading, h4: NoteHeading, h5: NoteHeading, h6: NoteHeading },
  renderRule(next, node, _children, state) {
    if (node.type === RuleType.image) return <span key={state.key}>{node.alt ?? ""}</span>;
    return next();
  },
};

export function NoteMarkdown({ source, className }: { source: string; className?: string }) {
  if (!source.trim()) return null;
  return <div className={className}>{compiler(source, OPTIONS)}</div>;
}
