"""FOI statistics per quarter of a financial year, for the CCGs the user works the desk in:
the page and its download."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from accounts.access import require_perm
from core.exports import export

from .. import selectors
from ..filters import FoiYearForm
from ..navigation import desk_nav
from ..presenters.foi_stats import foi_statistics_rows
from ..resources import FoiQuarterExport

PERM = "media_desk.view_enquiry"


def _statistics(request):
    require_perm(request, PERM)  # 403 unless the role works the desk in a CCG shown now
    form = FoiYearForm(request.GET or None)  # this financial year and the four before it
    year = form.chosen()
    ccg_ids = sorted(request.scope.ccg_ids_with(PERM))
    quarters = selectors.foi_financial_year_quarters(year=year)
    return form, year, selectors.foi_statistics(ccg_ids=ccg_ids, periods=quarters)


@login_required
def foi_statistics(request):
    form, year, quarters = _statistics(request)
    context = {
        "form": form,
        "year": year,
        "quarters": quarters,
        "rows": foi_statistics_rows(quarters),
        "query": request.GET.urlencode(),
        "desk_nav": desk_nav(scope=request.scope, current="foi-statistics"),
    }
    return render(request, "media_desk/foi_statistics.html", context)


@login_required
def foi_statistics_export(request, fmt: str):
    _, year, quarters = _statistics(request)
    return export(
        fmt, resource=FoiQuarterExport(), items=quarters, filename=f"foi-statistics-{year}"
    )
