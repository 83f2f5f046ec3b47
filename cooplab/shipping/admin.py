from django.contrib import admin

from .models import DeliveryOptions


@admin.register(DeliveryOptions)
class DeliveryOptionsAdmin(admin.ModelAdmin):
    list_display = ["cooperative", "home_delivery", "rate_national", "free_delivery_from", "pickup"]
    raw_id_fields = ["cooperative"]
