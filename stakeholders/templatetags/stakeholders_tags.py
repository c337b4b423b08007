"""Small pieces every register page shows the same way: the quadrant and the format needs."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from stakeholders.models import Quadrant

register = template.Library()

QUADRANT_COLOURS = {
    Quadrant.MANAGE_CLOSELY: "red",
    Quadrant.KEEP_SATISFIED: "orange",
    Quadrant.KEEP_INFORMED: "blue",
    Quadrant.MONITOR: "grey",
}


@register.simple_tag
def quadrant_tag(quadrant):
    if not quadrant:
        return mark_safe('<strong class="nhsuk-tag nhsuk-tag--white">Not mapped</strong>')  # noqa: S308 (a constant)
    quadrant = Quadrant(quadrant)
    return format_html(
        '<strong class="nhsuk-tag nhsuk-tag--{}">{}</strong>',
        QUADRANT_COLOURS[quadrant],
        quadrant.label,
    )


@register.simple_tag
def needs_tag(contact):
    """The Accessible Information Standard needs, wherever the contact appears."""
    summary = contact.needs_summary
    if not summary:
        return ""
    return format_html(
        '<strong class="nhsuk-tag nhsuk-tag--purple">'
        '<span class="nhsuk-u-visually-hidden">Accessible information needs: </span>{}</strong>',
        summary,
    )
