"""The password hasher of the test run: production's PBKDF2 with few iterations.

Tests create and check hundreds of passwords and PINs (every author, approver and class member);
at production's iterations each costs about a quarter of a second of CPU. The algorithm and the
stored format stay the same, so what the tests check about them still holds.
"""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class QuickPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    iterations = 1000
