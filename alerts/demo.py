"""Demo accounts of the demo authority: one author and one approver (four-eyes needs two)."""

from lessons.demo_users import DemoAccount, admin_group, ensure_user

DEMO_AUTHORITY = "Riverside County Civil Protection"


def ensure_authority_users() -> list[DemoAccount]:
    author = DemoAccount("Authority author", "riverside-author", "demo-author-pass")
    approver = DemoAccount("Authority approver", "riverside-approver", "demo-approver-pass")
    ensure_user(
        username=author.username,
        password=author.password,
        groups=[admin_group(f"{DEMO_AUTHORITY}: authors")],
        first_name="Ada",
        last_name="Author",
        email="author@riverside.beacon.example",
    )
    ensure_user(
        username=approver.username,
        password=approver.password,
        groups=[admin_group(f"{DEMO_AUTHORITY}: approvers")],
        first_name="Arne",
        last_name="Approver",
        email="approver@riverside.beacon.example",
    )
    return [author, approver]
