"""Text a submission controls, made safe for the format it lands in: XML, Markdown, HTML, the
terminal, JSON. Exception messages, tracebacks, printed output, compile errors and a graded repo's
file names all reach our reports; none of them may break a file, inject markup or escape codes.

Characters a format cannot carry become visible escapes (``\\x1b``, ``\\ud800``) rather than
vanish, so a reader still sees what the submission produced. Backslashes already in the text are
left alone: a literal ``\\x1b`` and an escaped ESC read the same, which is what a person wants
from a traceback. Every function is pure: a string in, a string out.
"""

from __future__ import annotations

import html
import re

# XML 1.0 (section 2.2, Char) has no escape for these: even &#27; is a fatal error for a parser.
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Everything a terminal may act on except a line feed and a tab: C0 (ESC starts every ANSI
# sequence), DEL and C1 (0x9b is a one-byte CSI on some terminals).
_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Parse errors in HTML; lone surrogates cannot even be written as UTF-8.
_HTML_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Every ASCII punctuation character may be backslash-escaped in CommonMark, so escaping one that
# would have been literal anyway is harmless. These are the ones that start something: emphasis,
# code spans, links and images, raw HTML and autolinks, entities, headings, block quotes, table
# cells, GFM strikethrough and GitHub's $math$.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#~|&$!])")
# At the start of a line these open a list, a setext heading underline or a thematic break
# (a digit cannot be escaped, so the dot or parenthesis after it is).
_MARKDOWN_LEADING = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))")
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")


def visible(character: str) -> str:
    """``\\x1b`` for a code point below 256, ``\\ud800`` for one below 65536, else ``\\U0001f600``."""
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _made_visible(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda match: visible(match.group()), text)


def for_xml(text: str) -> str:
    """Text for an XML 1.0 element or attribute value (ElementTree then quotes ``< & > "``).

    Guarantees: the result holds only characters XML 1.0 allows; each forbidden one (0x00-0x08,
    0x0B, 0x0C, 0x0E-0x1F, lone surrogates U+D800-DFFF, U+FFFE, U+FFFF) is a visible escape.
    Tab, line feed and carriage return are kept; everything else is unchanged.
    """
    return _made_visible(_XML_FORBIDDEN, text)


def for_terminal(text: str) -> str:
    """Text to print on a terminal (directly or inside a rich ``Text``).

    Guarantees: no control character but ``\\n`` and ``\\t`` is left: C0 (ESC, BEL, BS, CR,
    form feed...), DEL and C1 (0x80-0x9f) become visible escapes, so the text cannot start an
    ANSI sequence, move the cursor, clear the screen or ring the bell. Lone surrogates become
    escapes too, so the result can always be encoded as UTF-8.
    """
    return _made_visible(_TERMINAL_CONTROLS, text)


def for_html(text: str) -> str:
    """Text for an HTML element or a quoted attribute value.

    Guarantees: ``& < > " '`` are character references (``html.escape``), so the text can never
    open a tag or leave an attribute; C0 controls other than tab, line feed and carriage
    return, DEL, C1, lone surrogates and U+FFFE/U+FFFF become visible escapes.
    """
    return html.escape(_made_visible(_HTML_CONTROLS, text), quote=True)


def for_markdown(text: str) -> str:
    """Text for a Markdown table cell or for inline text within a line (CommonMark + GFM).

    Guarantees: the result is one line (line breaks become spaces); it renders as the literal
    text and nothing else: every character that could open emphasis, a code span, a link or
    image, raw HTML or an autolink, an entity, a table cell, strikethrough or math is
    backslash-escaped, and a leading list, heading or setext marker is escaped too, so it stays
    plain text even at the start of a line. Raw HTML from a submission can therefore never
    become a tag in GitHub's renderer, and its back-ticks never open a code span. Other control
    characters and lone surrogates become visible escapes.
    """
    text = _LINE_BREAKS.sub(" ", text)
    text = _made_visible(_HTML_CONTROLS, text)
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _MARKDOWN_LEADING.sub(_escaped_marker, text, count=1)


def _escaped_marker(match: re.Match[str]) -> str:
    spaces, sign, digits, dot = match.groups()
    return f"{spaces}\\{sign}" if sign else f"{spaces}{digits}\\{dot}"


def for_json(text: str) -> str:
    """Text for ``json.dumps(..., ensure_ascii=False)`` written as UTF-8.

    Guarantees: the result encodes as UTF-8 (lone surrogates, which ``json.loads`` happily makes
    from a submission's ``"\\ud800"``, become visible escapes). JSON escapes control characters
    itself, so they are left for it.
    """
    return _made_visible(_SURROGATES, text)


def json_safe(value: object) -> object:
    """``value`` (a JSON document: dicts, lists, scalars) with every string, key or value, made
    safe by ``for_json``: a document a submission contributed to always writes as UTF-8."""
    if isinstance(value, str):
        return for_json(value)
    if isinstance(value, dict):
        return {json_safe(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    return value
