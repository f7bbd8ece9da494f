"""StreamField blocks of lesson pages: structured content and quiz questions.

Quiz questions and choices are identified by their block ids, which wagtail-localize keeps across
translations; grading relies on those ids, never on the translated text.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError, StructValue
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from lessons import pictograms

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "lessons/blocks/image.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"), choices=[("warning", _("Warning")), ("tip", _("Tip"))], default="tip"
    )
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        icon = "warning"
        template = "lessons/blocks/callout.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("item"), max_length=250), label=_("items"))

    class Meta:
        icon = "tasks"
        template = "lessons/blocks/checklist.html"


class StepsBlock(blocks.StructBlock):
    """What to do before, during and after an event."""

    before = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("before"))
    during = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("during"))
    after = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("after"))

    class Meta:
        icon = "list-ol"
        template = "lessons/blocks/steps.html"


class VideoBlock(blocks.StructBlock):
    """A video file served by Beacon itself (no third-party player), with its transcript."""

    video = DocumentChooserBlock(label=_("video file"), help_text=_("An MP4 or WebM file."))
    title = blocks.CharBlock(label=_("title"), max_length=120)
    transcript = blocks.RichTextBlock(label=_("transcript"), features=TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "lessons/blocks/video.html"


class LessonBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("heading"), max_length=120, template="lessons/blocks/heading.html"
    )
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES)
    image = ImageBlock(label=_("image"))
    callout = CalloutBlock(label=_("callout"))
    checklist = ChecklistBlock(label=_("checklist"))
    steps = StepsBlock(label=_("before, during, after"))
    video = VideoBlock(label=_("video"))


class PictogramSentenceValue(StructValue):
    def image(self) -> str:
        return pictograms.static_path(self["pictogram"])

    def alt(self) -> str:
        return pictograms.PICTOGRAMS[self["pictogram"]]


class PictogramSentenceBlock(blocks.StructBlock):
    """One short sentence of an easy-read text, its pictogram shown to the left of it."""

    pictogram = blocks.ChoiceBlock(label=_("pictogram"), choices=pictograms.choices)
    sentence = blocks.CharBlock(
        label=_("sentence"),
        max_length=200,
        help_text=_("One idea in one short sentence, with common words and numbers as digits."),
    )

    class Meta:
        icon = "image"
        template = "lessons/blocks/pictogram_sentence.html"
        value_class = PictogramSentenceValue


class EasyReadBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("heading"), max_length=120, template="lessons/blocks/heading.html"
    )
    sentence = PictogramSentenceBlock(label=_("sentence with pictogram"))


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"), max_length=250)
    correct = blocks.BooleanBlock(label=_("correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("explanation"),
        help_text=_("Shown after submitting: why this answer is right or wrong."),
    )

    class Meta:
        icon = "radio-full"


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[
            ("single", _("Single choice")),
            ("multiple", _("Multiple choice")),
            ("true_false", _("True or false")),
        ],
        default="single",
    )
    prompt = blocks.CharBlock(label=_("question"), max_length=300)
    choices = blocks.ListBlock(AnswerBlock(), label=_("answers"), min_num=2, max_num=8)

    class Meta:
        icon = "help"

    def clean(self, value):
        value = super().clean(value)
        kind = value["kind"]
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if correct == 0:
            message = _("Mark at least one answer as correct.")
        elif kind in {"single", "true_false"} and correct != 1:
            message = _("A single-choice or true/false question has exactly one correct answer.")
        elif kind == "true_false" and len(value["choices"]) != 2:
            message = _("A true/false question has exactly two answers.")
        else:
            return value
        raise StructBlockValidationError(block_errors={"choices": ValidationError(message)})


class QuizBlock(blocks.StreamBlock):
    question = QuestionBlock(label=_("question"))
