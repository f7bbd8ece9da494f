"""Readiness pages under the language prefix."""

from django.urls import path

from readiness import views

app_name = "readiness"

urlpatterns = [
    path("plan/", views.plan, name="plan"),
    path("plan/print/", views.plan_document, name="plan_document"),
    path("readiness/", views.dashboard, name="dashboard"),
    path("readiness/check/", views.self_check, name="self_check"),
]
