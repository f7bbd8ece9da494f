"""Accounts: sign-up, sign-in with lockout and a second factor, and the hand-over of anonymous
progress and class memberships to the account a visitor signs in to."""
