"""The dashboard's exercise block, kept apart from the rest of the figures."""


def exercise_summaries(*, places) -> list[dict]:
    """Results of past exercises in `places` (region-level regions; None for the whole country).

    The data comes from the exercise reports of issue 16, point 4 (exercise alerts, their
    deliveries and the anonymous "I received this" acknowledgements), which are built apart from
    this app. Each summary is a dict: `title`, `date` (ISO), and `rows`, a list of
    {"region", "channel", "delivered", "acknowledged"} whose figures have already been through
    readiness.privacy (a suppressed row carries {"suppressed": True} instead of the figures).
    Until exercises are recorded there are none, and the block is not shown.
    """
    return []
