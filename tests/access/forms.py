"""Every form a page shows, read back into what a browser would post, keyed by the URL it posts to. The access
walk posts these real, complete forms (harvested from the owner's own pages) as every other user."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin


class _Forms(HTMLParser):
    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.forms: dict[str, dict[str, str]] = {}
        self._data: dict[str, str] | None = None
        self._select: str | None = None
        self._textarea: str | None = None
        self._first = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "get").lower() == "post":
            action = urljoin(self.page_url, a.get("action") or self.page_url).split("?")[0]
            self._data = self.forms.setdefault(action, {})
            return
        if self._data is None:
            return
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("button", "file", "reset"):
            if a.get("type") in ("checkbox", "radio"):
                if "checked" in a:
                    self._data[name] = a.get("value") or "on"
            elif a.get("type") != "submit" or name not in self._data:
                self._data[name] = a.get("value") or ""
        elif tag == "button" and name and a.get("value") and name not in self._data:
            self._data[name] = a.get("value") or ""
        elif tag == "select" and name:
            self._select, self._first = name, True
        elif tag == "option" and self._select:
            if self._first or "selected" in a:
                self._data[self._select] = a.get("value") or ""
            self._first = False
        elif tag == "textarea" and name:
            self._textarea = name
            self._data[name] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._data = None

    def handle_data(self, data: str) -> None:
        if self._textarea and self._data is not None:
            self._data[self._textarea] += data.removeprefix("\n") if not self._data[self._textarea] else data


def page_forms(html: str, page_url: str) -> dict[str, dict[str, str]]:
    """{absolute path the form posts to: its fields as shown}."""
    reader = _Forms("http://testserver" + page_url)
    reader.feed(html)
    return {url.removeprefix("http://testserver"): data for url, data in reader.forms.items()}
