"""Authorities: the organisations that publish alerts, their jurisdiction and members."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .regions import Region


class Authority(models.Model):
    name = models.CharField(_("name"), max_length=160, unique=True)
    sender = models.CharField(
        _("CAP sender id"),
        max_length=120,
        unique=True,
        help_text=_("Identifies this authority in CAP messages, e.g. alerts.riverside.example."),
    )
    jurisdiction = models.ManyToManyField(
        Region, verbose_name=_("jurisdiction"), related_name="authorities"
    )
    languages = models.CharField(
        _("languages"),
        max_length=64,
        default="en",
        help_text=_("Language codes of its alerts, first one first, separated by commas."),
    )
    exercise_mode = models.BooleanField(
        _("exercise mode"),
        default=False,
        help_text=_("While on, every new message of this authority is an exercise."),
    )

    class Meta:
        verbose_name = _("authority")
        verbose_name_plural = _("authorities")

    def __str__(self) -> str:
        return self.name

    @property
    def language_list(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]

    def covered_regions(self):
        return self.jurisdiction.all().with_descendants()


class AuthorityMember(models.Model):
    authority = models.ForeignKey(Authority, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="authority_memberships"
    )
    can_author = models.BooleanField(_("may write alerts"), default=True)
    can_approve = models.BooleanField(_("may approve alerts"), default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["authority", "user"], name="one_membership_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.authority}"
