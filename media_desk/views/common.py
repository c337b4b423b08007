from django.utils import timezone

from accounts.access import scoped_object

from ..models import Enquiry


def enquiry_or_404(request, pk: int, action: str = "view") -> Enquiry:
    return scoped_object(request, Enquiry, action, pk=pk)


def now():
    return timezone.now()
