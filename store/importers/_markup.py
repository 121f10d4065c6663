"""What a reader sees of HTML laid out as lines: the one place the feeds' and the news sites'
markup is marked out before its text is taken (``importers.feed``, ``sync.pages``).

``lxml``'s ``text_content`` joins the text of every element with nothing between: a table's
cells ("Брянская область" and "5" as "Брянская область5"), a heading and the paragraph under it
("Над Брянской областью" and "уничтожены 5 БПЛА" as "областьюуничтожены") and a footnote's mark
after a figure ("5<sup>1</sup>" as 51) had been read as one word, a figure lost or changed
without a word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.importers.telegram import figures_apart, struck

if TYPE_CHECKING:  # (the store is imported without lxml: a feed's reader imports it to read)
    import lxml.html

#: The elements a browser lays out as lines of their own.
BLOCKS = (
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
    "table", "blockquote", "section", "article", "figure", "figcaption", "dd", "dt",
)  # fmt: skip
#: Digits raised or lowered ("5<sup>1</sup>", a footnote's mark): written as the superscript
#: or subscript digits they are shown as, which no count is written with (the parser sends a
#: figure beside them to a person).
_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LOWERED = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
#: A struck-out part ("<s>5</s> 7": a figure its author corrected; Telegram's preview writes
#: ``<s>``, and ``<del>`` and ``<strike>`` mean the same), the outermost of nested ones.
_STRUCK = (
    ".//*[self::s or self::del or self::strike]"
    "[not(ancestor::*[self::s or self::del or self::strike])]"
)


def mark_out(node: lxml.html.HtmlElement) -> None:
    """Write into ``node``'s text what its markup shows, so that ``text_content`` reads as a
    person does: a line break for ``<br>`` and after each block, a table's row as a Markdown
    table writes it ("| Брянская область | 5 |": the parser reads such a row), raised and
    lowered digits as such, a struck-out part as Markdown's strikethrough (``struck``)."""
    for br in node.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in node.iter(*BLOCKS):
        block.tail = "\n" + (block.tail or "")
    for row in node.iter("tr"):
        row.text = "| " + (row.text or "")
    for cell in node.iter("td", "th"):
        cell.tail = " | " + (cell.tail or "")
    for tag, table in (("sup", _RAISED), ("sub", _LOWERED)):
        for part in node.iter(tag):
            _rewrite(part, part.text_content().translate(table))
    strike_out(node)
    _figures_apart(node)


def _figures_apart(node: lxml.html.HtmlElement) -> None:
    """Set an element that holds a figure alone apart from a letter that touches it, by the
    Telegram importer's rule (``importers.telegram.figures_apart``: "уничтожены<b>5</b>
    беспилотников" had been read as "уничтожены5беспилотников", the figure lost without a
    word)."""
    for part in node.iter():
        if part is node or not isinstance(part.tag, str) or len(part):
            continue
        if not (part.text or "").isdecimal():
            continue
        before = part.getprevious()
        text_before = (before.tail if before is not None else part.getparent().text) or ""
        part.text = figures_apart([text_before, part.text or "", part.tail or ""])[1]


def strike_out(node: lxml.html.HtmlElement) -> None:
    """Write each struck-out part of ``node`` as the Telegram importer writes it ("~~5~~ 7",
    ``importers.telegram.struck``), so the parser never reads it and the claim beside it is
    flagged."""
    for part in node.xpath(_STRUCK):
        _rewrite(part, struck(part.text_content()))


def _rewrite(part: lxml.html.HtmlElement, text: str) -> None:
    """Give ``part`` the one text ``text`` in place of its own and its children's."""
    for child in list(part):
        part.remove(child)  # (their text and their tails are in ``text``; the part's tail stays)
    part.text = text
