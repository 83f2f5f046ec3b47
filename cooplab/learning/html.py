"""Rich text of lessons: a strict allow-list (nh3, the Ammonia sanitiser). Anything else —
scripts, styles, event handlers, iframes, images from other sites — is removed on save."""

from __future__ import annotations

import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h2", "h3", "h4",
    "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td", "span", "small",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"lang", "dir"}, "p": {"lang", "dir"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()
