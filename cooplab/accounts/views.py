from __future__ import annotations

from allauth.account.decorators import reauthentication_required
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from cooplab.accounts.models import ApiToken, User, require_user
from cooplab.accounts.roles import user_roles

from .forms import ProfileForm
from .services import user_update_profile
from .tokens import api_token_create, api_token_revoke, api_tokens_of_user


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    user = require_user(user)
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=User.objects.get(pk=user.pk))
        if form.is_valid():
            updated = user_update_profile(
                user=user,
                request=request,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                preferred_language=form.cleaned_data["preferred_language"],
            )
            with translation.override(updated.preferred_language):
                messages.success(request, _("Your profile is saved."))
                response = HttpResponseRedirect(reverse("accounts:profile"))
            response.set_cookie(
                "cooplab_language",
                updated.preferred_language,
                max_age=365 * 24 * 3600,
                samesite="Lax",
            )
            return response
    else:
        form = ProfileForm(instance=user)
    roles = sorted(role.label for role in user_roles(user))
    return render(request, "accounts/profile.html", {"form": form, "roles": roles})


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name of the token"),
        max_length=100,
        help_text=gettext_lazy("Where you will use it, for example “Stock app”."),
    )
    days = forms.TypedChoiceField(
        label=gettext_lazy("Valid for"),
        choices=[
            ("30", gettext_lazy("30 days")),
            ("90", gettext_lazy("90 days")),
            ("365", gettext_lazy("1 year")),
            ("", gettext_lazy("No end date")),
        ],
        coerce=int,
        empty_value=None,
        required=False,
        initial="90",
    )


def _creating_token(request: HttpRequest) -> bool:
    return request.method == "POST" and request.POST.get("action") != "revoke"


@never_cache
@login_required
@reauthentication_required(allow_get=True, enabled=_creating_token)
def api_tokens(request: HttpRequest) -> HttpResponse:
    """The user's API tokens: create one (its key is shown on this response only), revoke."""
    user = require_user(request.user)
    form = ApiTokenForm()
    new_token: ApiToken | None = None
    secret = ""
    if request.method == "POST" and request.POST.get("action") == "revoke":
        token_id = request.POST.get("token_id", "")
        valid_id = token_id.isascii() and token_id.isdigit() and len(token_id) <= 18
        token = get_object_or_404(
            api_tokens_of_user(user=user), pk=int(token_id) if valid_id else 0
        )
        api_token_revoke(token=token, actor=user, request=request)
        messages.success(request, _("The token %(name)s is revoked.") % {"name": token.name})
        return HttpResponseRedirect(reverse("accounts:api_tokens"))
    if request.method == "POST":
        form = ApiTokenForm(request.POST)
        if form.is_valid():
            try:
                new_token, secret = api_token_create(
                    user=user,
                    name=form.cleaned_data["name"],
                    days=form.cleaned_data["days"],
                    request=request,
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                form = ApiTokenForm()
    return render(
        request,
        "accounts/api_tokens.html",
        {
            "form": form,
            "tokens": api_tokens_of_user(user=user),
            "new_token": new_token,
            "secret": secret,
        },
    )
