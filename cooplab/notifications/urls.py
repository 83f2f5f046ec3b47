from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("staff/messages/", views.message_list, name="message_list"),
    path("staff/messages/<uuid:message_id>/retry/", views.message_retry, name="message_retry"),
]
