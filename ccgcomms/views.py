from django.contrib.auth.decorators import login_not_required
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from . import health


@login_not_required  # for the load balancer and monitoring, which do not sign in
@never_cache
def healthz(request):
    report = {
        "database": health.database_status(),
        "broker": health.broker_status(),
        "worker": health.worker_status(),
    }
    healthy = report["database"] == "ok" and report["broker"] == "ok"
    return JsonResponse(report, status=200 if healthy else 503)
