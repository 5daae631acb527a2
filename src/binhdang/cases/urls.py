from django.urls import path

from binhdang.cases import views

urlpatterns = [
    path("cases/", views.register, name="case_register"),
    path("cases/new/", views.intake, name="case_intake"),
    path("cases/glass/", views.grant, name="case_grant"),
    path("cases/export.xlsx", views.cases_export, name="cases_export"),
    path("cases/form.xlsx", views.commune_form, name="case_commune_form"),
    path("cases/<int:case_id>/", views.case_page, name="case_page"),
    path("cases/<int:case_id>/edit/", views.case_edit, name="case_edit"),
    path("cases/<int:case_id>/step/", views.case_step, name="case_step"),
    path("cases/<int:case_id>/log/", views.case_log, name="case_log"),
]
