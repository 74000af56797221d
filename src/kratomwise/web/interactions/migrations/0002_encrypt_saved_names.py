"""Saved medicine names move into an encrypted column; existing rows are encrypted in place.
Encrypted values cannot be unique in the database: the saved list is deduplicated in code."""

from django.db import migrations, models


def encrypt_names(apps, schema_editor):
    from kratomwise.web.journal import crypto

    Saved = apps.get_model("interactions", "SavedSubstance")
    for row in Saved.objects.iterator():
        row.name_token = crypto.encrypt(row.name) if row.name else ""
        row.save(update_fields=["name_token"])


def decrypt_names(apps, schema_editor):
    from kratomwise.web.journal import crypto

    Saved = apps.get_model("interactions", "SavedSubstance")
    for row in Saved.objects.iterator():
        row.name = crypto.decrypt(row.name_token) if row.name_token else ""
        row.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [("interactions", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="savedsubstance",
            name="name_token",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(encrypt_names, decrypt_names),
        migrations.RemoveConstraint(model_name="savedsubstance", name="interactions_saved_unique"),
        migrations.AlterModelOptions(name="savedsubstance", options={"ordering": ("pk",)}),
        migrations.RemoveField(model_name="savedsubstance", name="name"),
    ]
