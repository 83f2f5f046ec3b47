from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from cooplab.api.urls import api
from cooplab.catalog.sitemaps import SITEMAPS
from cooplab.core.views import healthz, set_language

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/v1/", api.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    # Server-to-server gateway callbacks: no language prefix, no session.
    path("payments/", include("cooplab.payments.callback_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("cooplab.core.urls")),
    path("", include("cooplab.cooperatives.urls")),
    path("", include("cooplab.catalog.urls")),
    path("", include("cooplab.orders.urls")),
    path("", include("cooplab.notifications.urls")),
    path("", include("cooplab.reviews.urls")),
    path("", include("cooplab.learning.urls")),
    path("", include("cooplab.payments.urls")),
    path("", include("cooplab.payments.staff_urls")),
    path("", include("cooplab.payouts.urls")),
    path("accounts/", include("cooplab.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

if settings.CMI_SIMULATOR_ENABLED:
    # A fake card gateway for development and tests; `check --deploy` refuses it in production.
    urlpatterns.append(
        path("dev/cmi-simulator/", include("cooplab.payments.simulator_urls")),
    )

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
