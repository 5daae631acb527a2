from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from binhdang.api import api
from binhdang.frame import views as frame
from binhdang.reports import calendar

urlpatterns = [
    path("", frame.home, name="home"),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("binhdang.units.urls")),
    path("", include("binhdang.plans.urls")),
    path("", include("binhdang.reports.urls")),
    path("", include("binhdang.activities.urls")),
    path("units/<int:unit_id>/calendar/", calendar.unit_calendar, name="unit_calendar"),
    path("", include("binhdang.indicators.urls")),
    path("", include("binhdang.dashboards.urls")),
    path("", include("binhdang.cases.urls")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]

handler400 = "binhdang.frame.views.error_400"
handler403 = "binhdang.frame.views.error_403"
handler404 = "binhdang.frame.views.error_404"
handler500 = "binhdang.frame.views.error_500"
