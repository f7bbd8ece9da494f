"""URL routes. Machine interfaces have no language prefix; human pages live under /<lang>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import second_factor_views
from alerts.delivery.webpush import views as push_views
from alerts.public import acknowledge as exercise_ack
from alerts.public import signed as signed_views
from alerts.public import views as alert_views
from alerts.public.feeds import ActiveAlertsFeed, ActiveAlertsRssFeed
from core import views as core_views
from readiness import views as readiness_views

from . import health

handler404 = "lessons.views.page_not_found"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("sw.js", core_views.service_worker, name="service_worker"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("manifest.webmanifest", core_views.web_manifest, name="web_manifest"),
    path("alerts/feed.atom", alert_views.shared_alerts(ActiveAlertsFeed()), name="alerts_feed"),
    path(
        "alerts/feed.rss", alert_views.shared_alerts(ActiveAlertsRssFeed()), name="alerts_feed_rss"
    ),
    path("alerts/cap/certificate.pem", signed_views.certificate, name="alert_cap_certificate"),
    path("alerts/cap/<str:identifier>.xml", alert_views.cap_xml, name="alert_cap"),
    path("api/alerts/active.json", alert_views.active_json, name="alerts_active_json"),
    path("api/readiness.json", readiness_views.readiness_json, name="readiness_json"),
    path("api/plan.json", readiness_views.plan_api, name="plan_api"),
    path(
        "alerts/exercises/<str:identifier>/ack",
        exercise_ack.acknowledge,
        name="exercise_acknowledge",
    ),
    path("push/key", push_views.push_key, name="push_key"),
    path("push/subscribe", push_views.subscribe, name="push_subscribe"),
    path("push/unsubscribe", push_views.unsubscribe, name="push_unsubscribe"),
    # Before Wagtail's catch-all admin routes; second_factor_views says who may use them.
    path("admin/second-factor/", include(second_factor_views)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("core.urls")),
    path("", include("lessons.urls")),
    path("", include("classes.urls")),
    path("", include("accounts.urls")),
    path("", include("alerts.public.urls")),
    path("", include("readiness.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
