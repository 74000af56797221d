"""Instrument answers move into an encrypted column; existing rows are encrypted in place."""

from django.db import migrations, models


def encrypt_answers(apps, schema_editor):
    from kratomwise.web.journal import crypto

    Response = apps.get_model("checkins", "InstrumentResponse")
    for row in Response.objects.exclude(answers={}).iterator():
        row.answers_token = crypto.encrypt_json(row.answers)
        row.save(update_fields=["answers_token"])


def decrypt_answers(apps, schema_editor):
    from kratomwise.web.journal import crypto

    Response = apps.get_model("checkins", "InstrumentResponse")
    for row in Response.objects.exclude(answers_token="").iterator():
        row.answers = crypto.decrypt_json(row.answers_token)
        row.save(update_fields=["answers"])


class Migration(migrations.Migration):
    dependencies = [("checkins", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="instrumentresponse",
            name="answers_token",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(encrypt_answers, decrypt_answers),
        migrations.RemoveField(model_name="instrumentresponse", name="answers"),
    ]
