"""My campaign week: the weekly digest's lists, as they are now (the digest links here)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from accounts.access import require_model_perm

from .. import selectors
from ..models import ContentItem


@login_required
def my_week(request):
    require_model_perm(request, ContentItem)
    digest = selectors.digest_for(user=request.user, today=timezone.localdate())
    return render(request, "campaigns/my_week.html", {"digest": digest})
