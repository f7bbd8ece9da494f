"""Demo content: real texts in every language, loaded by `manage.py load_demo`."""
