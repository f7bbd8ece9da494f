"""Warnings: regions and authorities, alert messages and their append-only history (models/), the
one place a message changes state (actions/), CAP 1.2 (cap/), the authorities' admin screens
(admin/), the public pages and APIs (public/) and delivery to open pages and by web push
(delivery/). Uses only core, never the learning apps."""
