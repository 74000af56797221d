"""The checker form: paste a text or upload a file (never a URL: the app fetches nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kratomwise.claims.checker import MAX_CHARS  # one limit for the page and the API

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
UPLOAD_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
FORMAT_CHOICES = [
    ("auto", _("Detect")),
    ("text", _("Plain text")),
    ("markdown", _("Markdown")),
    ("html", _("HTML (a saved web page)")),
]


class CheckForm(forms.Form):
    text = forms.CharField(
        label=_("Paste the text to check"),
        required=False,
        max_length=MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    upload = forms.FileField(
        label=_("Or upload a file (.txt, .md, .html)"),
        required=False,
    )
    input_format = forms.ChoiceField(
        label=_("The text is"), choices=FORMAT_CHOICES, initial="auto", required=False
    )

    def clean_upload(self) -> Any:
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return None
        if Path(upload.name).suffix.lower() not in UPLOAD_SUFFIXES:
            raise forms.ValidationError(_("Upload a .txt, .md or .html file."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        data = upload.read()
        if b"\x00" in data[:8000]:
            raise forms.ValidationError(_("This does not look like a text file."))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        if len(text) > MAX_CHARS:
            raise forms.ValidationError(
                _(
                    "The file holds %(count)s characters; at most %(limit)s can be checked at "
                    "once. Split it into parts."
                )
                % {"count": f"{len(text):,}", "limit": f"{MAX_CHARS:,}"}
            )
        return text

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if (
            not self.errors
            and not (cleaned.get("text") or "").strip()
            and not cleaned.get("upload")
        ):
            raise forms.ValidationError(_("Paste a text or choose a file to check."))
        return cleaned

    def document(self) -> tuple[str, str]:
        """The text to check and its format (call after is_valid())."""
        from kratomwise.claims.inputs import detect_format

        upload_text = self.cleaned_data.get("upload")
        chosen = self.cleaned_data.get("input_format") or "auto"
        if upload_text:
            upload = self.files.get("upload")
            assert upload is not None and upload.name is not None  # clean_upload read it
            fmt = UPLOAD_SUFFIXES[Path(upload.name).suffix.lower()] if chosen == "auto" else chosen
            return upload_text, fmt
        text = self.cleaned_data["text"]
        return text, detect_format("", text) if chosen == "auto" else chosen
