"""Educators' classes: a class with its join code, members (an account, or a nickname with a PIN
that owns an anonymous learner token), assignments of lessons and courses with dates, the
progress grid and its CSV export, and requests for the educator role. Uses lessons for what a
learner did; lessons knows nothing of classes."""
