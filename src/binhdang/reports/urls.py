from django.urls import path

from binhdang.reports import views

urlpatterns = [
    path("plans/<int:plan_id>/rounds/", views.plan_rounds, name="plan_rounds"),
    path("plans/<int:plan_id>/rounds/new/", views.round_new, name="round_new"),
    path("rounds/<int:round_id>/", views.round_detail, name="round_detail"),
    path("rounds/<int:round_id>/consolidated/", views.consolidated_page, name="consolidated_page"),
    path("rounds/<int:round_id>/consolidated/send-up/", views.consolidated_send_up, name="consolidated_send_up"),
    path("rounds/<int:round_id>/consolidated.docx", views.consolidated_docx, name="consolidated_docx"),
    path("rounds/<int:round_id>/figures.xlsx", views.consolidated_xlsx, name="consolidated_xlsx"),
    path("reports/<int:report_id>/", views.report_page, name="report_page"),
    path("reports/<int:report_id>/autosave/", views.report_autosave, name="report_autosave"),
    path("reports/<int:report_id>/review/", views.report_review, name="report_review"),
    path("reports/<int:report_id>/evidence/", views.evidence_upload, name="evidence_upload"),
    path("evidence/<int:evidence_id>/", views.evidence_file, name="evidence_file"),
]
