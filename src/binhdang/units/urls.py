from django.urls import path

from binhdang.units import views

urlpatterns = [
    path("units/", views.unit_list, name="unit_list"),
    path("units/<int:unit_id>/", views.unit_detail, name="unit_detail"),
    path("units/<int:unit_id>/standard-agencies/", views.unit_create_standard_agencies, name="unit_standard_agencies"),
    path("units/<int:unit_id>/agencies/new/", views.agency_create, name="agency_create"),
    path("agencies/", views.agency_list, name="agency_list"),
    path("agencies/<int:agency_id>/", views.agency_detail, name="agency_detail"),
]
