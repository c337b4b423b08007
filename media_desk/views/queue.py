from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from accounts.access import require_model_perm
from core.exports import export
from core.listing import paginate

from .. import selectors
from ..filters import QueueFilterForm
from ..models import Enquiry
from ..navigation import desk_nav
from ..resources import EnquiryQueueExport
from .common import now


def _queue(request):
    require_model_perm(request, Enquiry)  # 403 unless the role may view the desk somewhere
    form = QueueFilterForm(request.GET or None, scope=request.scope)
    filters = form.filters() if form.is_valid() else selectors.QueueFilters()
    return form, selectors.enquiry_queue(scope=request.scope, filters=filters, now=now())


@login_required
def enquiry_queue(request):
    form, enquiries = _queue(request)
    page, query = paginate(request, enquiries)
    rows = [selectors.queue_row(enquiry=e, now=now()) for e in page]
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "query": query,
        "desk_nav": desk_nav(scope=request.scope, current="queue"),
    }
    return render(request, "media_desk/queue.html", context)


@login_required
def enquiry_export(request, fmt: str):
    _, enquiries = _queue(request)
    return export(
        fmt, resource=EnquiryQueueExport(now=now()), items=enquiries, filename="media-desk"
    )
