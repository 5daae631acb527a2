from django.urls import path

from binhdang.dashboards import views

urlpatterns = [
    path("units/<int:unit_id>/dashboard/", views.dashboard, name="unit_dashboard"),
    path("measures/<int:measure_id>/indicator/", views.measure_link, name="measure_link"),
]
