"""CAP 1.0 and 1.1 documents, read as CAP 1.2: `upgrade()` converts a parsed tree in place.

Many agencies still publish CAP 1.1 (the US National Weather Service did for years) and archives
hold CAP 1.0. An older document is first validated against its own schema, so "invalid" keeps
its meaning, then converted by the differences the CAP 1.1 and 1.2 specifications list: the
namespace; 1.0's `name=value` geocodes, event codes and parameters become valueName/value pairs;
its `password` is dropped; the deprecated certainty "Very Likely" reads as "Likely" (CAP 1.1,
3.2.2); date-times get CAP 1.2's form (`Z` becomes `-00:00`, fractions of a second go). Two
things that carry nothing Beacon shows are left out of the converted tree: empty `<polygon/>`
elements (the NWS wrote them for years) and resources without the mimeType CAP 1.2 requires.
What has no CAP 1.2 equivalent (a 1.0 info without category, a time without a zone) is
`CapUnsupported`.
The original bytes are kept by the importer; only the converted tree is read.
"""

import functools
import re
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element  # annotations only: trees come from defusedxml

import xmlschema

from .messages import CAP_NS, CapError, CapUnsupported, format_datetime

SCHEMAS = Path(__file__).resolve().parent.parent / "schema"
OLDER = {"urn:oasis:names:tc:emergency:cap:1.1": "1.1", "http://www.incident.com/cap/1.0": "1.0"}
DATETIMES = {"sent", "effective", "onset", "expires"}
PAIRS = {"geocode", "eventCode", "parameter"}
_NAMESPACE_RE = re.compile(r"\{[^}]*\}")


def version_of(root: Element) -> str:
    """The CAP version ("1.2", "1.1" or "1.0") from the root's namespace; CapError otherwise."""
    namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
    if root.tag.endswith("}alert") and namespace in {CAP_NS, *OLDER}:
        return OLDER.get(namespace, "1.2")
    raise CapError("alert", f"root element must be <alert> in namespace {CAP_NS} (or CAP 1.1/1.0)")


def upgrade(root: Element) -> str:
    """Validate an older document against its schema and rewrite it as CAP 1.2 in place;
    returns the version it was written in."""
    version = version_of(root)
    if version == "1.2":
        return version
    check_schema(root, version)
    for element in list(root.iter()):
        _convert(element, version)
    _drop_empty(root)
    _require(root, version)
    return version


@functools.cache
def schema(version: str) -> xmlschema.XMLSchema:
    """The bundled OASIS schema of `version`, compiled once on first use (it takes a while)."""
    return xmlschema.XMLSchema(SCHEMAS / f"CAP-v{version}.xsd")


def check_schema(root: Element, version: str) -> None:
    """CapError naming the first element that breaks the schema of `version`."""
    error = next(schema(version).iter_errors(root), None)
    if error is not None:
        steps = _NAMESPACE_RE.sub("", error.path or "").strip("/").split("/")
        problem = error.reason or error.message
        if version != "1.2":
            problem = f"not valid CAP {version}: {problem}"
        raise CapError("/".join(steps[1:]) or "alert", problem)


def _convert(element: Element, version: str) -> None:
    namespace, _, name = element.tag[1:].partition("}")
    if namespace not in OLDER:
        return  # e.g. an XML signature: left as it is
    element.tag = f"{{{CAP_NS}}}{name}"
    text = (element.text or "").strip()
    if name in DATETIMES or name == "references":
        element.text = _references(text) if name == "references" else _datetime(text, name)
    elif name == "certainty" and text == "Very Likely":
        element.text = "Likely"
    elif name in PAIRS and version == "1.0":
        value_name, _, value = text.partition("=")
        element.text = None
        for child_name, child_text in (("valueName", value_name), ("value", value)):
            child = Element(f"{{{CAP_NS}}}{child_name}")
            child.text = child_text.strip()
            element.append(child)


def _datetime(text: str, element: str) -> str:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        raise CapError(element, f"invalid date-time {text!r}") from error
    if value.tzinfo is None:
        raise CapUnsupported(f"{element} {text!r} has no time zone, which CAP 1.2 requires")
    return format_datetime(value)


def _references(text: str) -> str:
    """CAP 1.1 references are sender,identifier,sent triples like 1.2's; 1.0's are not."""
    converted = []
    for reference in text.split():
        parts = reference.split(",")
        if len(parts) != 3:
            raise CapUnsupported(f"reference {reference[:80]!r} does not name sender and time")
        converted.append(",".join([*parts[:2], _datetime(parts[2], "references")]))
    return " ".join(converted)


def _drop_empty(root: Element) -> None:
    for parent in list(root.iter()):
        for child in list(parent):
            name = child.tag.rpartition("}")[2]
            if (
                name == "password"
                or (name == "polygon" and not (child.text or "").strip())
                or (name == "resource" and child.find(f"{{{CAP_NS}}}mimeType") is None)
            ):
                parent.remove(child)


def _require(root: Element, version: str) -> None:
    """What CAP 1.0 left optional and CAP 1.2 requires."""
    if root.find(f"{{{CAP_NS}}}scope") is None:
        raise CapUnsupported(f"this CAP {version} message has no scope, which CAP 1.2 requires")
    for info in root.findall(f"{{{CAP_NS}}}info"):
        if info.find(f"{{{CAP_NS}}}category") is None:
            raise CapUnsupported(f"an info of this CAP {version} message has no category")
