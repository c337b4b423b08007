from django.contrib.auth.decorators import login_not_required
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from . import health


@login_not_required  # for the load balancer and monitoring, which do not sign in
@never_cache
def healthz(request):
    """503 when the web cannot serve (for a load balancer); with `?strict`, also when degraded
    (for a monitor that reads only the status code). The body says which part and how old."""
    report = health.health_report()
    failing = {"down"} if "strict" not in request.GET else {"down", "degraded"}
    return JsonResponse(report.as_dict(), status=503 if report.status in failing else 200)
