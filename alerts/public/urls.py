"""Public alert pages, mounted under the language prefix."""

from django.urls import path

from alerts.public import verify, views

app_name = "alerts"

urlpatterns = [
    path("alerts/", views.active_alerts, name="active"),
    path("alerts/archive/", views.archive, name="archive"),
    path("alerts/get/", views.get_alerts, name="get_alerts"),
    path("alerts/verify/", verify.verify, name="verify"),
    path("alerts/<str:identifier>/", views.alert_detail, name="detail"),
]
