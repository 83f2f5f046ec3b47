from django.urls import path

from .views import backoffice, public, staff

app_name = "cooperatives"

urlpatterns = [
    # Public directory and storefronts (verified cooperatives only).
    path("cooperatives/", public.directory, name="directory"),
    path("cooperatives/<slug:slug>/", public.storefront, name="storefront"),
    # Cooperative back office (members read, managers change).
    path("coop/", backoffice.my_cooperatives, name="mine"),
    path("coop/apply/", backoffice.apply, name="apply"),
    path("coop/<uuid:cooperative_id>/", backoffice.dashboard, name="dashboard"),
    path(
        "coop/<uuid:cooperative_id>/application/<slug:step>/",
        backoffice.application_step,
        name="application_step",
    ),
    path("coop/<uuid:cooperative_id>/submit/", backoffice.submit, name="submit"),
    path("coop/<uuid:cooperative_id>/files/", backoffice.files, name="files"),
    path(
        "coop/<uuid:cooperative_id>/photos/<int:photo_id>/delete/",
        backoffice.photo_delete,
        name="photo_delete",
    ),
    path("coop/<uuid:cooperative_id>/members/", backoffice.members, name="members"),
    path(
        "coop/<uuid:cooperative_id>/members/<int:membership_id>/",
        backoffice.member_update,
        name="member_update",
    ),
    path(
        "coop/<uuid:cooperative_id>/invitations/<int:invitation_id>/revoke/",
        backoffice.invitation_revoke,
        name="invitation_revoke",
    ),
    path("coop/<uuid:cooperative_id>/labels/", backoffice.labels, name="labels"),
    path(
        "coop/<uuid:cooperative_id>/labels/<int:certification_id>/delete/",
        backoffice.label_delete,
        name="label_delete",
    ),
    path("documents/<uuid:document_id>/", backoffice.document_download, name="document_download"),
    path("invitations/<str:code>/", backoffice.invitation_accept, name="invitation_accept"),
    # Platform staff: verification.
    path("staff/cooperatives/", staff.review_queue, name="review_queue"),
    path("staff/cooperatives/<uuid:cooperative_id>/", staff.review_detail, name="review_detail"),
]
