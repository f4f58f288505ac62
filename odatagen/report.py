"""Render a `DiffResult` as text, Markdown, JSON or one self-contained HTML page.

- `text`: one line per change, `SEVERITY PATH: MESSAGE`, then the counts and the
  customisation summary. ANSI colours only with `color=True`; control characters in names
  are shown escaped, so a hostile document cannot drive the terminal.
- `markdown`: for a pull-request comment: a heading with the counts, the customisation
  summary, then one table per severity (breaking first); the info table is folded into a
  `<details>` block when it has more than `FOLD` rows. `|`, backticks and other Markdown
  characters in names are escaped.
- `html`: one page, inline CSS, no scripts and no external resources; everything from the
  documents goes through `html.escape`. A summary table links to one section per
  severity; opening `#breaking` (or `#warning`, `#info`) shows only that section.
- `json`: this stable schema (`format` changes only when it does):

  ```
  {"format": 1,
   "old": {"name": str, "prefix": str | null},
   "new": {"name": str, "prefix": str | null},
   "summary": {"breaking": int, "warning": int, "info": int, "ignored": int,
               "customisations": {
                 "old": {"entities": [str], "columns": [str]},
                 "new": {"entities": [str], "columns": [str]},
                 "sentences": [str]}},
   "changes": [{"severity": "breaking" | "warning" | "info", "code": str,
                "path": str, "message": str, "custom": bool,
                "old": str | null, "new": str | null}]}
  ```

  `customisations.old` lists what old has and new lacks (custom entity names, and
  `Entity.Column` custom columns on standard entities), by old's own prefix; `new` the
  reverse. `changes` keeps the result's order (by path, then code); `ignored` counts the
  changes an ignore file left out.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any

from odatagen.diff import SEVERITIES, Change, DiffResult, Side

FORMATS = ("text", "markdown", "json", "html")
JSON_FORMAT = 1
FOLD = 20  # info rows beyond which Markdown folds the table
TITLES = {"breaking": "Breaking", "warning": "Warnings", "info": "Info"}
ANSI = {"breaking": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
RESET = "\033[0m"


def sentences(result: DiffResult) -> list[str]:
    """`acme has 12 custom entities globex lacks`, per side and kind, and the prefixes
    when they differ."""
    old, new = result.old, result.new
    found = []
    if old.prefix != new.prefix:
        found.append(
            f"{old.name} uses the prefix {old.prefix or '(none)'}, "
            f"{new.name} uses {new.prefix or '(none)'}"
        )
    for side, other in ((old, new), (new, old)):
        for items, one, many in (
            (side.entities, "custom entity", "custom entities"),
            (side.columns, "custom column", "custom columns"),
        ):
            if items:
                noun = one if len(items) == 1 else many
                where = " on standard entities" if "column" in noun else ""
                found.append(
                    f"{side.name} has {len(items)} {noun}{where} {other.name} lacks"
                )
    return found


def counts_line(result: DiffResult) -> str:
    counts = result.counts()
    text = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES)
    return text + (f" ({result.ignored} ignored)" if result.ignored else "")


# -- text ------------------------------------------------------------------------------
def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def render_text(result: DiffResult, color: bool = False) -> str:
    lines = []
    for change in result.changes:
        severity = f"{change.severity:<8}"
        if color:
            severity = f"{ANSI[change.severity]}{severity}{RESET}"
        message = _printable(f"{change.path}: {change.message}")
        lines.append(f"{severity} {message}")
    if not result.changes:
        names = f"{result.old.name} and {result.new.name}"
        lines.append(_printable(f"No changes between {names}."))
    lines.append(
        _printable(f"{result.old.name} -> {result.new.name}: ") + counts_line(result)
    )
    lines += [_printable(s) for s in sentences(result)]
    return "\n".join(lines) + "\n"


# -- markdown --------------------------------------------------------------------------
def md_text(text: str) -> str:
    """Plain text that stays plain in a Markdown table cell."""
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"([\\`*_\[\]<>|#~!&])", r"\\\1", text)


def md_code(text: str) -> str:
    """A code span, unless the text holds a backtick (then escaped plain text)."""
    if "`" in text:
        return md_text(text)
    return "`" + re.sub(r"\s+", " ", text).replace("|", "\\|") + "`"


def render_markdown(result: DiffResult) -> str:
    counts = result.counts()
    old, new = md_code(result.old.name), md_code(result.new.name)
    parts = [f"## OData schema diff: {old} → {new}", ""]
    summary = [f"{counts[s]} {s}" for s in SEVERITIES]
    summary[0] = f"**{summary[0]}**" if counts["breaking"] else summary[0]
    if result.ignored:
        summary.append(f"{result.ignored} ignored")
    parts += [" · ".join(summary), ""]
    parts += [f"- {md_text(s)}" for s in sentences(result)]
    parts += [""] if sentences(result) else []
    if not result.changes:
        parts += ["No differences.", ""]
    for severity in SEVERITIES:
        rows = [c for c in result.changes if c.severity == severity]
        if not rows:
            continue
        table = ["| Path | Change | Message | Custom |", "|---|---|---|---|"]
        table += [
            f"| {md_code(c.path)} | {md_code(c.code)} | {md_text(c.message)} "
            f"| {'yes' if c.custom else ''} |"
            for c in rows
        ]
        title = f"### {TITLES[severity]} ({len(rows)})"
        if severity == "info" and len(rows) > FOLD:
            summary_line = f"<summary>{len(rows)} additive changes</summary>"
            parts += [
                title,
                "",
                "<details>",
                summary_line,
                "",
                *table,
                "",
                "</details>",
            ]
        else:
            parts += [title, "", *table]
        parts.append("")
    return "\n".join(parts)


# -- json ------------------------------------------------------------------------------
def to_data(result: DiffResult) -> dict[str, Any]:
    def side(s: Side) -> dict[str, Any]:
        return {"entities": list(s.entities), "columns": list(s.columns)}

    def change(c: Change) -> dict[str, Any]:
        keys = ("severity", "code", "path", "message", "custom", "old", "new")
        return {k: getattr(c, k) for k in keys}

    customisations: dict[str, Any] = {"old": side(result.old), "new": side(result.new)}
    customisations["sentences"] = sentences(result)
    return {
        "format": JSON_FORMAT,
        "old": {"name": result.old.name, "prefix": result.old.prefix},
        "new": {"name": result.new.name, "prefix": result.new.prefix},
        "summary": {
            **result.counts(),
            "ignored": result.ignored,
            "customisations": customisations,
        },
        "changes": [change(c) for c in result.changes],
    }


def render_json(result: DiffResult) -> str:
    return json.dumps(to_data(result), indent=2, ensure_ascii=False) + "\n"


# -- html ------------------------------------------------------------------------------
CSS = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem;
       padding: 0 1rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .6rem;
         border-bottom: 1px solid #d0d7de; }
th { background: #f6f8fa; }
code { font: 13px ui-monospace, monospace; overflow-wrap: anywhere; }
.summary { width: auto; } .summary td:last-child { text-align: right; }
.breaking h2, a.breaking { color: #b42318; }
.warning h2, a.warning { color: #9a6700; }
.info h2, a.info { color: #0969da; }
.custom { font-size: .8rem; padding: 0 .3rem; border: 1px solid #8c959f;
          border-radius: .3rem; }
main:has(section:target) > section:not(:target) { display: none; }
"""


def render_html(result: DiffResult) -> str:
    e: Callable[[str], str] = html.escape
    counts = result.counts()
    title = f"OData schema diff: {result.old.name} → {result.new.name}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{e(title)}</h1>",
        '<table class="summary"><thead><tr><th>Severity</th><th>Changes</th></tr>'
        "</thead><tbody>",
    ]
    for s in SEVERITIES:
        link = f'<a class="{s}" href="#{s}">{TITLES[s]}</a>'
        out.append(f"<tr><td>{link}</td><td>{counts[s]}</td></tr>")
    if result.ignored:
        out.append(f"<tr><td>Ignored</td><td>{result.ignored}</td></tr>")
    out.append('<tr><td><a href="#all">All</a></td>')
    out.append(f"<td>{len(result.changes)}</td></tr></tbody></table>")
    found = sentences(result)
    if found:
        out += ["<ul>", *(f"<li>{e(s)}</li>" for s in found), "</ul>"]
    out.append('<main id="all">')
    if not result.changes:
        out.append("<p>No differences.</p>")
    for s in SEVERITIES:
        rows = [c for c in result.changes if c.severity == s]
        out.append(f'<section id="{s}" class="{s}">')
        out.append(f"<h2>{TITLES[s]} ({len(rows)})</h2>")
        if rows:
            out.append(
                "<table><thead><tr><th>Path</th><th>Change</th><th>Message</th>"
                "</tr></thead><tbody>"
            )
            for c in rows:
                custom = ' <span class="custom">custom</span>' if c.custom else ""
                out.append(
                    f"<tr><td><code>{e(c.path)}</code>{custom}</td>"
                    f"<td><code>{e(c.code)}</code></td><td>{e(c.message)}</td></tr>"
                )
            out.append("</tbody></table>")
        out.append("</section>")
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def render(result: DiffResult, format: str, color: bool = False) -> str:
    """The report in one of FORMATS."""
    if format == "text":
        return render_text(result, color)
    renderers = {"markdown": render_markdown, "json": render_json, "html": render_html}
    if format not in renderers:
        raise ValueError(f"unknown report format {format!r}")
    return renderers[format](result)
