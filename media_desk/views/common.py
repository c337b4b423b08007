from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.access import scoped_object

from ..models import Enquiry


def enquiry_or_404(request, pk: int, action: str = "view") -> Enquiry:
    return scoped_object(request, Enquiry, action, pk=pk)


def apply_service_errors(form, error: ValidationError) -> None:
    """Show a service's refusal on the form field it names (or at the top), keeping the input."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


def now():
    return timezone.now()
