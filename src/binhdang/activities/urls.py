from django.urls import path

from binhdang.activities import views

urlpatterns = [
    path("activities/", views.index, name="activities"),
    path("activities/evidence/<int:activity_evidence_id>/", views.evidence_file, name="activity_evidence_file"),
    path("activities/tap-huan/<int:record_id>/participants/", views.participants_import,
         name="activity_participants"),
    path("activities/kiem-tra/<int:record_id>/violations/", views.violation_add, name="activity_violation_add"),
    path("activities/kiem-tra/<int:record_id>/recommendations/", views.recommendation_add,
         name="activity_recommendation_add"),
    path("activities/recommendations/<int:recommendation_id>/follow-up/", views.follow_up_add,
         name="activity_follow_up"),
    path("activities/mo-hinh/<int:record_id>/reviews/", views.review_add, name="activity_review_add"),
    path("activities/<slug:slug>/", views.record_list, name="activity_list"),
    path("activities/<slug:slug>/new/", views.record_new, name="activity_new"),
    path("activities/<slug:slug>/import/", views.record_import, name="activity_import"),
    path("activities/<slug:slug>/export.xlsx", views.record_export, name="activity_export"),
    path("activities/<slug:slug>/template.xlsx", views.record_template, name="activity_template"),
    path("activities/<slug:slug>/<int:record_id>/", views.record_detail, name="activity_detail"),
    path("activities/<slug:slug>/<int:record_id>/edit/", views.record_edit, name="activity_edit"),
    path("activities/<slug:slug>/<int:record_id>/delete/", views.record_delete, name="activity_delete"),
    path("activities/<slug:slug>/<int:record_id>/evidence/", views.evidence_upload, name="activity_evidence"),
]
