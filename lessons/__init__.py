"""Learning: the home, lesson and course pages (Wagtail, translated with wagtail-localize), quiz
grading, learners' progress (an account or an anonymous token), certificates and search. Uses
only core; classes and accounts build on it."""
