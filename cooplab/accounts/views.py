from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from cooplab.accounts.models import User, require_user
from cooplab.accounts.roles import user_roles

from .forms import ProfileForm
from .services import user_update_profile


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
