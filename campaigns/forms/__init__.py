"""Forms of the campaign calendar, one module per part of the plan."""

from .plans import (
    AwarenessDayForm,
    CampaignFilterForm,
    CampaignForm,
    CampaignNoteForm,
    NationalDayChoiceForm,
)

__all__ = [
    "AwarenessDayForm",
    "CampaignFilterForm",
    "CampaignForm",
    "CampaignNoteForm",
    "NationalDayChoiceForm",
]
from .meetings import MeetingForm  # noqa: E402

__all__ += ["MeetingForm"]
from .calendar import CalendarFilterForm  # noqa: E402

__all__ += ["CalendarFilterForm"]
