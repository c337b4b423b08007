from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import path

from . import views
from .forms import EmailAuthenticationForm
from .security import views as security_views

urlpatterns = [
    path("ccg/switch/", views.ccg_switch, name="ccg_switch"),
    path("notifications/", views.notification_list, name="notification_list"),
    path(
        "login/",
        auth_views.LoginView.as_view(authentication_form=EmailAuthenticationForm),
        name="login",
    ),
    # Django's login and password-reset views are login_not_required already; logging out
    # after the session has ended must still land on the login page, not ask to log in first.
    path("logout/", login_not_required(auth_views.LogoutView.as_view()), name="logout"),
    path("login/verify/", security_views.two_factor_verify, name="two_factor_verify"),
    path("account/", security_views.account, name="account"),
    path("account/two-factor/", security_views.two_factor_setup, name="two_factor_setup"),
    path(
        "account/two-factor/recovery-codes/",
        security_views.two_factor_recovery_codes,
        name="two_factor_recovery_codes",
    ),
    path(
        "account/two-factor/turn-off/",
        security_views.two_factor_turn_off,
        name="two_factor_turn_off",
    ),
    path(
        "password-reset/",
        security_views.ThrottledPasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
