"""What anyone may read without an account: the alert pages under the language prefix, the
Atom feed, the JSON API and CAP documents (views.py, feeds.py), and an alert as JSON in one
reader's language (payloads.py), which live pages and push notifications reuse."""
