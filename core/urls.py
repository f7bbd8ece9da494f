"""Site-wide human pages, under the language prefix."""

from django.urls import path

from core import views

app_name = "core"

urlpatterns = [
    path("offline/", views.offline, name="offline"),
    path("offline/needs-connection/", views.needs_connection, name="needs_connection"),
]
