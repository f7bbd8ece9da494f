from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        import core.lookups  # noqa: F401 - registers `__any`
        from core.public_cache import invalidate_after_commit

        # Shared public responses (core.public_cache) end with any change to the page tree.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(invalidate_after_commit, dispatch_uid="public_cache")
        post_delete.connect(invalidate_after_commit, sender=Page, dispatch_uid="public_cache")
        # A page given a view restriction is no longer for everyone (the shared copy skips
        # Wagtail's check).
        for signal in (post_save, post_delete):
            signal.connect(
                invalidate_after_commit, sender=PageViewRestriction, dispatch_uid="public_cache"
            )
