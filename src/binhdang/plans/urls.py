from django.urls import path

from binhdang.plans import views

urlpatterns = [
    path("plans/", views.plan_list, name="plan_list"),
    path("plans/import/", views.plan_import, name="plan_import"),
    path("plans/new/", views.plan_new, name="plan_new"),
    path("plans/<int:plan_id>/", views.plan_detail, name="plan_detail"),
    path("plans/<int:plan_id>/edit/", views.plan_edit, name="plan_edit"),
    path("plans/<int:plan_id>/export.docx", views.plan_export, name="plan_export"),
    path("plans/<int:plan_id>/derive/", views.plan_derive, name="plan_derive"),
    path("plans/<int:plan_id>/discard/", views.plan_discard, name="plan_discard"),
    path("duties/<int:duty_id>/status/", views.duty_status, name="duty_status"),
]
