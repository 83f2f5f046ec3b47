from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Certification, Cooperative, Membership


class MembershipInline(admin.TabularInline[Membership, Cooperative]):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


class CertificationInline(admin.TabularInline[Certification, Cooperative]):
    model = Certification
    extra = 0


@admin.register(Cooperative)
class CooperativeAdmin(TranslationAdmin):
    list_display = ["name", "region", "sector", "status", "members_count", "women_count"]
    list_filter = ["status", "region", "sector", "women_only"]
    search_fields = ["name", "slug", "ice"]
    inlines = [MembershipInline, CertificationInline]
