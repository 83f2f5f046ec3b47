from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("products/<slug:slug>/review/", views.review_write, name="write"),
    # Platform staff: moderation.
    path("staff/reviews/", views.moderation_queue, name="moderation_queue"),
    path("staff/reviews/<uuid:review_id>/", views.moderate, name="moderate"),
]
