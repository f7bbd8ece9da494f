"""Web push without an account: subscribing (views.py, hosts.py), the outbox of one row per
subscription (plan.py), sending a batch and recording outcomes (send.py) through the only module
that encrypts (sender.py), with the VAPID keys (vapid.py)."""
