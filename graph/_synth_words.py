"""What the synthetic graph calls things and says of them: policy areas, committees and their
administrations, companies, parts of the country, the verb phrase of each task, and what people
call a region, its areas and its county's federation."""

from __future__ import annotations

from .data import Region, municipality_names

__all__ = [
    "ADMIN_TASKS",
    "AREA_NAMES",
    "BODY_TASKS",
    "COMMITTEES",
    "COMPANIES",
    "COMPANY_TASKS",
    "PARTS",
    "POLICY_AREAS",
    "TASK_PHRASES",
    "federation_names",
    "region_names",
    "short_county",
]

#: Policy areas (slug, Swedish, English), in the order ``--policies N`` takes them.
POLICY_AREAS: tuple[tuple[str, str, str], ...] = (
    ("internationellt-arbete", "det internationella arbetet", "international work"),
    ("miljo-och-klimat", "miljö och klimat", "environment and climate"),
    ("digitalisering", "digitalisering", "digitalisation"),
    ("kultur", "kultur", "culture"),
    ("folkhalsa", "folkhälsa", "public health"),
    ("krisberedskap", "krisberedskap", "emergency preparedness"),
    ("naringsliv", "näringslivsutveckling", "business development"),
    ("integration", "integration", "integration"),
    ("trygghet", "trygghet och säkerhet", "community safety"),
    ("upphandling", "upphandling", "procurement"),
    ("jamstalldhet", "jämställdhet", "gender equality"),
    ("kompetensforsorjning", "kompetensförsörjning", "skills supply"),
)

# Committees (slug, Swedish, English) and the administration that serves each.
COMMITTEES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "barn-och-utbildning",
        "Barn- och utbildningsnämnden",
        "Education Committee",
        "Barn- och utbildningsförvaltningen",
        "Education Administration",
    ),
    (
        "social",
        "Socialnämnden",
        "Social Services Committee",
        "Socialförvaltningen",
        "Social Services Administration",
    ),
    (
        "kultur-och-fritid",
        "Kultur- och fritidsnämnden",
        "Culture and Leisure Committee",
        "Kultur- och fritidsförvaltningen",
        "Culture and Leisure Administration",
    ),
    (
        "miljo-och-bygg",
        "Miljö- och byggnadsnämnden",
        "Environment and Building Committee",
        "Miljö- och byggförvaltningen",
        "Environment and Building Administration",
    ),
    (
        "teknik",
        "Tekniska nämnden",
        "Technical Services Committee",
        "Tekniska förvaltningen",
        "Technical Services Administration",
    ),
    (
        "vard-och-omsorg",
        "Vård- och omsorgsnämnden",
        "Health and Social Care Committee",
        "Vård- och omsorgsförvaltningen",
        "Health and Social Care Administration",
    ),
    (
        "arbetsmarknad",
        "Arbetsmarknadsnämnden",
        "Labour Market Committee",
        "Arbetsmarknadsförvaltningen",
        "Labour Market Administration",
    ),
    (
        "gymnasie",
        "Gymnasienämnden",
        "Upper Secondary Education Committee",
        "Gymnasieförvaltningen",
        "Upper Secondary Education Administration",
    ),
    (
        "samhallsbyggnad",
        "Samhällsbyggnadsnämnden",
        "Community Planning Committee",
        "Samhällsbyggnadsförvaltningen",
        "Community Planning Administration",
    ),
    (
        "service",
        "Servicenämnden",
        "Service Committee",
        "Serviceförvaltningen",
        "Service Administration",
    ),
)

COMPANIES: tuple[tuple[str, str], ...] = (
    ("energi", "Energi AB"),
    ("bostader", "Bostäder AB"),
    ("vatten", "Vatten AB"),
    ("stadshus", "Stadshus AB"),
    ("hamn", "Hamn AB"),
    ("parkering", "Parkering AB"),
    ("lokaler", "Lokaler AB"),
)

# Parts of the country (landsdelar): each has one synthetic EU office.
PARTS: dict[str, tuple[str, str]] = {
    "stockholm": ("Stockholmsregionen", "the Stockholm region"),
    "ostra-mellansverige": ("Östra Mellansverige", "East Central Sweden"),
    "smaland": ("Småland och öarna", "Småland and the islands"),
    "sydsverige": ("Sydsverige", "South Sweden"),
    "vastsverige": ("Västsverige", "West Sweden"),
    "norra-mellansverige": ("Norra Mellansverige", "North Central Sweden"),
    "mellersta-norrland": ("Mellersta Norrland", "Central Norrland"),
    "ovre-norrland": ("Övre Norrland", "Upper Norrland"),
}

# Tasks a body of each kind may be given in a policy area, with the Swedish verb phrase the
# synthetic text uses.
TASK_PHRASES: dict[str, str] = {
    "adopt": "fastställer policyn för",
    "set-priorities": "fastställer övergripande prioriteringar för",
    "follow-up": "ansvarar för uppföljning av",
    "revise": "ansvarar för revidering av policyn för",
    "carry-out": "bedriver arbetet med",
    "ensure-alignment": "ser till att arbetet ligger i linje med policyn för",
    "ensure-goal-fulfilment": "ser till att aktiviteterna uppfyller målen för",
    "explore-external-funding": "prövar möjligheterna till extern finansiering för",
    "answer-questions": "ska kunna besvara frågor om",
    "promote": "främjar",
    "manage": "hanterar",
    "act-as-contact-point": "fungerar som kontaktpunkt för",
    "convene": "är sammankallande för arbetet med",
    "arrange": "arrangerar utbildningar om",
    "safeguard-interests": "tar tillvara medlemmarnas intressen inom",
}
BODY_TASKS = ("carry-out", "ensure-alignment", "answer-questions", "promote")
ADMIN_TASKS = ("carry-out", "ensure-goal-fulfilment", "explore-external-funding", "arrange")
COMPANY_TASKS = ("carry-out", "ensure-alignment", "manage")


#: What people call a region's areas without "i länet" ("vården i Västernorrland")
AREA_NAMES = {
    "halso-och-sjukvard": (
        ("hälso- och sjukvården", "sv"),
        ("sjukvården", "sv"),
        ("vården", "sv"),
        ("health care", "en"),
        ("healthcare", "en"),
    ),
    "regional-utveckling": (("regional utveckling", "sv"), ("regional development", "en")),
}


def region_names(region: Region) -> tuple[tuple[str, str], ...]:
    """What people call a region beside its name: its county ("Västernorrlands län",
    "Västernorrland County") and the county's short name ("Västernorrland") where no
    municipality has that name (Örebro, Uppsala, Gotland have)."""
    names = [(region.county_sv, "sv"), (region.county_en, "en")]
    short = short_county(region.county_en)
    if short not in municipality_names():
        names += [(short, "sv"), (short, "en")]
    return tuple(names)


def federation_names(region: Region) -> tuple[tuple[str, str], ...]:
    """What people call a county's federation: "the Värmland federation", "Värmland County
    federation", "Kommunalförbundet i Värmland", "Värmlands läns kommunalförbund"."""
    short = short_county(region.county_en)
    return (
        (f"{short} federation", "en"),
        (f"{region.county_en} federation", "en"),
        (f"Kommunalförbundet i {short}", "sv"),
        (f"{region.county_sv}s kommunalförbund", "sv"),
    )


def short_county(county_en: str) -> str:
    """A county's English name as people shorten it: "Värmland County" → "Värmland"."""
    return county_en.removesuffix(" County")
