"""Citations shared by the triage codes and rules (the publisher's own addresses)."""

from __future__ import annotations

WHO = "WHO fact sheet: Opioid overdose, https://www.who.int/news-room/fact-sheets/detail/opioid-overdose"
POISON_HELP = "HRSA Poison Help, https://www.poisonhelp.hrsa.gov/"
UNODC = (
    "UNODC opioid overdose guidance, "
    "https://syntheticdrugs.unodc.org/syntheticdrugs/en/treatment/opioidoverdose/index.html"
)
SAMHSA_TOOLKIT = (
    "SAMHSA Overdose Prevention and Response Toolkit (2025, PEP23-03-00-001), "
    "https://store.samhsa.gov"
)
ASAM_GUIDE = "ASAM Opioid Use Disorder Patient Guide (2025), https://www.asam.org"
CDC_2022 = (
    "CDC Clinical Practice Guideline for Prescribing Opioids for Pain 2022, "
    "https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm"
)
SWAST = "South Western Ambulance Service NHS FT: when to call 999, https://www.swast.nhs.uk/when-to-call-999"
NIMH_ASQ = (
    "NIMH ASQ Brief Suicide Safety Assessment, https://www.nimh.nih.gov/research/"
    "research-conducted-at-nimh/asq-toolkit-materials"
)
LIFELINE_988 = "988 Suicide & Crisis Lifeline, https://988lifeline.org"
LIVERTOX = "NIH LiverTox: kratom, https://livertox.niddk.nih.gov/Home/ReferenceCases/kratom/6972"
NIDIRECT_JAUNDICE = "nidirect: jaundice, https://www.nidirect.gov.uk/conditions/jaundice"
NHS_FAINTING = "NHS: fainting, https://www.nhs.uk/conditions/fainting/"
FDA_2016 = (
    "FDA Drug Safety Communication, 31 Aug 2016 (opioids with benzodiazepines or other CNS "
    "depressants), https://www.fda.gov/drugs/drug-safety-and-availability/"
    "fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or"
)
ACOG_711 = (
    "ACOG Committee Opinion 711 (2017): Opioid use and opioid use disorder in pregnancy, "
    "https://www.acog.org/clinical/clinical-guidance/committee-opinion/articles/2017/08/"
    "opioid-use-and-opioid-use-disorder-in-pregnancy"
)
HHS_2019 = (
    "HHS Guide for Clinicians on the Appropriate Dosage Reduction or Discontinuation of "
    "Long-Term Opioid Analgesics (2019), "
    "https://www.hhs.gov/opioids/sites/default/files/2019-10/Dosage_Reduction_Discontinuation.pdf"
)
WITHDRAWAL_SOURCES = (
    "COWS and SOWS items (Wesson & Ling 2003, https://doi.org/10.1080/02791072.2003.10400007; "
    "Handelsman 1987, https://doi.org/10.3109/00952998709001515); kratom withdrawal symptoms "
    "reported by regular users (DEP-02; Smith 2022, https://pmc.ncbi.nlm.nih.gov/articles/PMC9402806)"
)
