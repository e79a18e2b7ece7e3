"""Forms of the claims admin: the change form carries the version it was opened with."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Verdict
from claims.roles import EDITOR, REVIEWER
from claims.services import DismissalReason
from claims.services.workflow import check_version
from core.errors import Conflict

PROPOSE_BUTTON = "_propose"


class ClaimChangeForm(forms.ModelForm):
    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ["statement", "speaker", "kind", "language", "verdict", "verdict_explanation"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["opened_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            # Checked again under the row lock when saving; this catches the usual case
            # early, so the person sees who changed it as a form error.
            current = Claim.objects.get(pk=self.instance.pk)
            try:
                check_version(current, cleaned.get("opened_version"))
            except Conflict as exc:
                raise forms.ValidationError(exc.message, code="stale_version") from None
        if PROPOSE_BUTTON in self.data and "verdict" in self.fields and not cleaned.get("verdict"):
            self.add_error("verdict", _("Choose a verdict to propose."))
        return cleaned


class ProposeVerdictForm(forms.Form):
    verdict = forms.ChoiceField(label=_("verdict"), choices=Verdict.choices)
    explanation = forms.CharField(
        label=_("explanation"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )


class DismissForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("reason"), choices=DismissalReason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the reason is “other”."),
    )
    duplicate_of = forms.IntegerField(
        label=_("original claim id"),
        required=False,
        help_text=_("For duplicates: the id of the claim this one repeats."),
    )


class ReassignForm(forms.Form):
    to_user = forms.ModelChoiceField(label=_("reviewer"), queryset=get_user_model().objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_user"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=[REVIEWER, EDITOR])
            .distinct()
            .order_by("username")
        )


class LanguagesForm(forms.Form):
    languages = forms.CharField(
        label=_("my review languages"),
        help_text=_("Two-letter codes separated by commas, e.g. fr, en"),
    )
