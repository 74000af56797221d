from django.urls import path

from kratomwise.web.programs.views import clinic, endings, invitations, mfa, person

app_name = "programs"

urlpatterns = [
    path("sharing/", person.sharing, name="sharing"),
    path("sharing/new/", person.share, name="share"),
    path("sharing/revoke/<int:recipient_id>/", person.revoke, name="revoke"),
    path("sharing/<int:consent_id>/ended/", endings.end_mine, name="end_by_event"),
    path("sharing/disclosures/", person.disclosures, name="disclosures"),
    path("clinic/", clinic.caseload_view, name="caseload"),
    path("clinic/people/<int:person_id>/", clinic.person_view, name="person"),
    path("clinic/people/<int:person_id>/fhir/", clinic.export_fhir, name="export_fhir"),
    path("clinic/people/<int:person_id>/summary.pdf", clinic.export_summary, name="export_summary"),
    path(
        "clinic/consents/<int:consent_id>/ended/",
        endings.end_for_program,
        name="program_end_by_event",
    ),
    path("clinic/invite/", invitations.invite, name="invite"),
    path("signup/", invitations.signup, name="signup"),
    path("join/<str:token>/", invitations.join, name="join"),
    path("mfa/", mfa.check, name="mfa"),
    path("mfa/setup/", mfa.setup, name="mfa_setup"),
    path("reauth/", mfa.reauth, name="reauth"),
]
