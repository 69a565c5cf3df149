"""Checks the DOM that headless Chromium rendered for the explorer's pages (see check.sh)."""
import html.parser
import re
import sys
from pathlib import Path


class Page(html.parser.HTMLParser):
    """Collects what the checks need: elements with their attributes and the text inside
    <mark>, tables and SVG links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.elements = []  # (tag, attrs, ancestors)
        self.text_by_id = {}
        self.mark_text = []
        self._open_ids = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes, list(self.stack)))
        # HTML void elements have no end tag; SVG elements in a DOM dump always do.
        if tag in ("br", "input", "meta", "link", "img", "hr", "wbr", "source", "area", "base", "col"):
            return
        self.stack.append((tag, attributes))
        if "id" in attributes:
            self._open_ids.append((attributes["id"], len(self.stack)))
            self.text_by_id[attributes["id"]] = ""

    def handle_endtag(self, tag):
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            self._open_ids = [(i, depth) for i, depth in self._open_ids if depth <= len(self.stack)]
            if open_tag == tag:
                break

    def handle_data(self, data):
        for identifier, _ in self._open_ids:
            self.text_by_id[identifier] += data
        if any(tag == "mark" for tag, _ in self.stack):
            self.mark_text.append(data)


def load(out, name):
    page = Page()
    page.feed((out / f"{name}.html").read_text(encoding="utf-8"))
    return page


def console_errors(out, name):
    log = (out / f"{name}.log").read_text(encoding="utf-8", errors="replace")
    # Chromium logs every console message (its level is not in the line) as ":CONSOLE"; the
    # explorer's script logs nothing, so any message, CSP violations included, is an error.
    return [line for line in log.splitlines() if ":CONSOLE" in line or "Content Security Policy" in line]


def main():
    out = Path(sys.argv[1])
    person = sys.argv[2]
    failures = []
    passed = 0

    def check(condition, what):
        nonlocal passed
        if condition:
            passed += 1
            print(f"ok: {what}")
        else:
            failures.append(what)
            print(f"FAILED: {what}")

    home = load(out, "home")
    check(any(tag == "a" and a.get("href", "").startswith("/entity/") for tag, a, _ in home.elements),
          "home: searching 'Ding' lists entity links")
    check(any(tag == "mark" for tag, _, _ in home.elements), "home: article snippets have highlighted words")

    entity = load(out, "entity")
    meetings = entity.text_by_id.get("meetings", "")
    check("2023-11-27" in meetings and "Ding Xuexiang" in meetings,
          "entity: the Smailov–Ding meeting is listed with its date 2023-11-27")
    check(any(tag == "mark" and a.get("class") == "span" for tag, a, _ in entity.elements),
          "entity: evidence sentences have their span highlighted")
    check(any("Ding" in text or "Smail" in text or "Smaiyl" in text for text in entity.mark_text),
          "entity: a highlighted span names a person of the meeting")
    svg_links = [a for tag, a, ancestors in entity.elements
                 if tag == "a" and any(t == "svg" for t, _ in ancestors)
                 and re.match(r"^/entity/\d+$", a.get("xlink:href", a.get("href", "")))]
    check(any(a.get("xlink:href", a.get("href")) == f"/entity/{person}" for a in svg_links) and len(svg_links) >= 2,
          f"entity: the neighbourhood picture is drawn with clickable nodes ({len(svg_links)} links)")

    article = load(out, "article")
    kinds = {a.get("class") for tag, a, _ in article.elements if tag == "mark" and "data-marks" in a}
    check("k-mention" in kinds and ({"k-fact", "k-both"} & kinds), f"article: mentions and facts highlighted ({sorted(kinds)})")
    check(any(tag == "span" and a.get("data-summary", "").startswith("fact MET_WITH") for tag, a, _ in article.elements),
          "article: the meeting fact is listed with its rule and confidence")

    console = load(out, "console")
    result = console.text_by_id.get("result", "")
    check("Ding Xuexiang" in result, "console: the query result table shows Ding Xuexiang")
    check(any(tag == "svg" for tag, _, _ in console.elements), "console: the graph result is drawn")

    for name in ("home", "entity", "article", "console"):
        errors = console_errors(out, name)
        check(not errors, f"{name}: no console errors" + ("" if not errors else f": {errors[:3]}"))
        check((out / f"{name}.png").stat().st_size > 10_000, f"{name}: screenshot saved")

    print(f"{passed} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
