"""Sign-in protection: lockout after repeated failures (django-axes), a throttle on password
reset requests, and two-factor sign-in with an authenticator app (django-otp).

README, "Sign-in: lockout and two-factor", says what a user and an administrator see."""
