"""Site-wide code that every app may use and that uses none of them: the interface languages and
their negotiation, formatting for the reader (Babel), the locale middleware, the site shell's
template tags, and the offline page with the service worker that serves it."""
