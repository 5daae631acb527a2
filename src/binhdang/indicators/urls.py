from django.urls import path

from binhdang.indicators import views

urlpatterns = [
    path("indicators/", views.indicator_list, name="indicator_list"),
    path("indicators/template.xlsx", views.template_download, name="indicator_template"),
    path("units/<int:unit_id>/data/", views.data_grid, name="data_grid"),
    path("units/<int:unit_id>/data/import/", views.data_import, name="data_import"),
]
