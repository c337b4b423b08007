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
from .content import (  # noqa: E402
    ContentActionForm,
    ContentFilterForm,
    ContentForm,
    SubmitForApprovalForm,
)

__all__ += ["ContentActionForm", "ContentFilterForm", "ContentForm", "SubmitForApprovalForm"]

from .actions import ActionFilterForm, ActionItemForm  # noqa: E402

__all__ += ["ActionFilterForm", "ActionItemForm"]

from .evaluation import (  # noqa: E402
    FiguresForm,
    FiguresImportForm,
    LessonForm,
    MeasureForm,
    PlatformImportForm,
)

__all__ += ["FiguresForm", "FiguresImportForm", "LessonForm", "MeasureForm", "PlatformImportForm"]
