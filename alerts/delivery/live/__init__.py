"""Live alerts on open pages: the `/ws/alerts/` consumer and its route, and the fan-out of a
published message to the channel-layer groups of its regions."""
