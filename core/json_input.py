"""JSON from the outside world (HTTP bodies, WebSocket frames), read so that no input can crash
the reader: every problem is a `BadJSON` with a short machine-facing reason.

`json.loads` alone raises RecursionError on deeply nested input (a 4 KiB frame can hold 2,000
levels) and accepts lone surrogates (`"\\ud800"`), which no database or socket can encode, and
NUL characters, which PostgreSQL refuses.
"""

import json

MAX_DEPTH = 16  # Beacon's own messages are at most 3 levels deep


class BadJSON(ValueError):
    pass


def loads(text: str | bytes, *, max_depth: int = MAX_DEPTH):
    """The value of `text`, refused unless it is JSON at most `max_depth` levels deep whose
    strings (keys included) are valid Unicode."""
    try:
        value = json.loads(text)
    except RecursionError as error:
        raise BadJSON("JSON nested too deeply") from error
    except ValueError as error:  # includes UnicodeDecodeError of bytes that are not UTF-8
        raise BadJSON("not JSON") from error
    check(value, max_depth)
    return value


def check(value, max_depth: int) -> None:
    """Walk `value` without recursion: its depth and its strings."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            if depth > max_depth:
                raise BadJSON("JSON nested too deeply")
            children = item.items() if isinstance(item, dict) else ((None, v) for v in item)
            for key, child in children:
                if key is not None:
                    pending.append((key, depth))
                pending.append((child, depth + 1))
        elif isinstance(item, str) and not is_unicode(item):
            raise BadJSON("text must be valid Unicode")
        elif isinstance(item, str) and "\x00" in item:  # no database stores it
            raise BadJSON("text must not contain NUL characters")


def is_unicode(text: str) -> bool:
    """False for strings holding lone surrogates, which cannot be encoded as UTF-8."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True
