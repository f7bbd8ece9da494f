"""A signed-in citizen's household plan, and the self-check tallies behind the dashboard.

Self-checks are stored only as counts per week and region (at region level, never a town or a
point), with no user, address or time of day: nothing in these tables points at a person.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from readiness.preparedness import ACTION_STATES, ACTIONS

# The demo loader's quiz attempts belong to anonymous learners whose token starts with this.
DEMO_LEARNER_PREFIX = "demo-"


class HouseholdPlan(models.Model):
    """The plan a signed-in citizen keeps on their account (readiness.plan_schema shapes it)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="household_plan"
    )
    data = models.JSONField(_("plan"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("household plan")

    def __str__(self) -> str:
        return f"plan of user {self.user_id}"


class SelfCheckTallyQuerySet(models.QuerySet):
    def real(self) -> "SelfCheckTallyQuerySet":
        return self.filter(demo=False)


class SelfCheckTally(models.Model):
    """How many self-checks were sent in one week (starting Monday) for one region ("" when no
    place was given), and how many of them had done or planned each action."""

    week = models.DateField(_("week starting"))
    region_code = models.CharField(_("region"), max_length=32, blank=True)
    demo = models.BooleanField(
        _("demo data"), default=False, help_text=_("Made up by the demo loader, not real.")
    )
    checks = models.PositiveIntegerField(default=0)

    objects = SelfCheckTallyQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["week", "region_code", "demo"], name="one_tally_per_week_region"
            )
        ]
        verbose_name = _("self-check tally")

    def __str__(self) -> str:
        return f"{self.week} {self.region_code or '-'}: {self.checks}"


class SelfCheckAnswerCount(models.Model):
    tally = models.ForeignKey(SelfCheckTally, on_delete=models.CASCADE, related_name="answers")
    action = models.CharField(max_length=20, choices=list(ACTIONS.items()))
    state = models.CharField(max_length=10, choices=[(s, s) for s in ACTION_STATES])
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["tally", "action", "state"], name="one_count_per_action_state"
            )
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.state}: {self.count}"
