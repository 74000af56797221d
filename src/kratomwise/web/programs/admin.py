"""Nothing of clinician mode is in the Django admin: consents, audit rows and second-factor
devices (which hold secret keys) are reached only through their own pages and rules."""

from django.contrib import admin
from django_otp.plugins.otp_totp.models import TOTPDevice

if admin.site.is_registered(TOTPDevice):
    admin.site.unregister(TOTPDevice)
