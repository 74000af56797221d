"""SOWS answers move into an encrypted column (like every instrument's answers); existing rows
are encrypted in place, and the reverse migration decrypts them back. Plans and check-ins dated
outside the one date rule are left out by the default managers (``all_objects`` keeps them)."""

from django.db import migrations, models
from django.db.models.manager import Manager


def encrypt_answers(apps, schema_editor):
    from kratomwise.web.journal import crypto

    CheckIn = apps.get_model("taper", "TaperCheckIn")
    for row in CheckIn.objects.exclude(sows_answers=None).iterator():
        if row.sows_answers:
            row.sows_answers_token = crypto.encrypt_json(row.sows_answers)
            row.save(update_fields=["sows_answers_token"])


def decrypt_answers(apps, schema_editor):
    from kratomwise.web.journal import crypto

    CheckIn = apps.get_model("taper", "TaperCheckIn")
    for row in CheckIn.objects.exclude(sows_answers_token="").iterator():
        row.sows_answers = crypto.decrypt_json(row.sows_answers_token)
        row.save(update_fields=["sows_answers"])


class Migration(migrations.Migration):
    dependencies = [("taper", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="tapercheckin",
            name="sows_answers_token",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(encrypt_answers, decrypt_answers),
        migrations.RemoveField(model_name="tapercheckin", name="sows_answers"),
        migrations.AlterModelOptions(
            name="tapercheckin",
            options={"base_manager_name": "all_objects", "ordering": ("day", "created_at", "pk")},
        ),
        migrations.AlterModelOptions(
            name="taperplan",
            options={"base_manager_name": "all_objects", "ordering": ("-created_at", "-pk")},
        ),
        migrations.AlterModelManagers(
            name="tapercheckin", managers=[("objects", Manager()), ("all_objects", Manager())]
        ),
        migrations.AlterModelManagers(
            name="taperplan", managers=[("objects", Manager()), ("all_objects", Manager())]
        ),
    ]
