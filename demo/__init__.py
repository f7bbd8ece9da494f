"""Development only: `manage.py load_demo` and the loaders behind it, with the demo content as data
in demo/content (YAML and PO files, GeoJSON). Any app may be imported from here; nothing in the
product imports this package."""
