"""The authorities' side in the Wagtail admin: drafting, the four-eyes review page, history, the
exercise-mode page (views.py), and the group that opens those screens to an authority's staff
(roles.py). alerts/wagtail_hooks.py, where Wagtail looks for it, registers them."""
