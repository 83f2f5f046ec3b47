from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "cooplab.api"
    label = "api"
    verbose_name = "API"
