"""How collected static files are stored: WhiteNoise's hashed names with gzip and brotli copies."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class HashedCompressedStaticFiles(CompressedManifestStaticFilesStorage):
    """CompressedManifestStaticFilesStorage rewriting only CSS references. Vendored scripts
    name source maps that are not shipped (Leaflet's leaflet.js.map): rewriting those comments
    would stop collectstatic, and only browser developer tools ever ask for them."""

    patterns = tuple(
        (glob, rules)
        for glob, rules in CompressedManifestStaticFilesStorage.patterns
        if glob == "*.css"
    )
