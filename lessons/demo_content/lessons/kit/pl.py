"""The Polish text of the demo lesson "kit"."""

from .pl_quiz import QUIZ

TEXTS = {
    "title": "Jak przygotować zestaw awaryjny na 72 godziny",
    "summary": (
        "Podczas katastrofy dotarcie z pomocą do wszystkich potrzebujących może potrwać "
        "kilka dni. Spakowany zawczasu zestaw pozwala domownikom samodzielnie przetrwać co "
        "najmniej trzy dni."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Burza, powódź lub długa przerwa w dostawie prądu mogą pozbawić "
                    "okolicę wody, elektryczności, otwartych sklepów i zasięgu sieci "
                    "telefonicznej. Służby ratunkowe muszą najpierw pomóc osobom w "
                    "największym niebezpieczeństwie, dlatego domownicy mogą być przez "
                    "jakiś czas zdani na siebie."
                ),
                (
                    "Zestaw na 72 godziny to torba lub pudło ze wszystkim, czego potrzeba, "
                    "aby przetrwać trzy dni. Należy trzymać go w jednym, znanym wszystkim "
                    "miejscu w pobliżu wyjścia, aby w razie konieczności opuszczenia domu "
                    "można go było szybko zabrać."
                ),
            ],
        ),
        (
            "heading",
            "Woda i żywność",
        ),
        (
            "text",
            [
                (
                    "Należy przewidzieć około 2 litrów wody pitnej na osobę dziennie, a do "
                    "tego trochę więcej do mycia się i szczotkowania zębów. Dla "
                    "czteroosobowej rodziny oznacza to co najmniej 24 litry wody pitnej na "
                    "trzy dni. Najlepiej wybierać fabrycznie zamknięte butelki i notować "
                    "datę ich przydatności."
                ),
                (
                    "Warto wybierać żywność o długim terminie przydatności, którą można "
                    "jeść bez gotowania: konserwy rybne lub fasolę w puszce, krakersy, "
                    "suszone owoce, orzechy i batony zbożowe. Trzeba też spakować ręczny "
                    "otwieracz do puszek. Wodę i żywność należy wymieniać przed upływem "
                    "terminu przydatności, a starsze zapasy zużywać w domu, aby nic się "
                    "nie zmarnowało."
                ),
            ],
        ),
        (
            "checklist",
            {
                "title": "Co powinno się znaleźć w zestawie",
                "items": [
                    "Woda pitna: około 2 litrów na osobę dziennie, na 3 dni",
                    "Żywność niewymagająca gotowania i ręczny otwieracz do puszek",
                    "Leki przyjmowane na stałe i kopie recept",
                    "Apteczka pierwszej pomocy",
                    "Latarka i zapasowe baterie",
                    "Radio na baterie lub na korbkę",
                    "Naładowany powerbank i kabel do telefonu",
                    "Trochę gotówki w drobnych banknotach i monetach",
                    (
                        "Kopie dokumentów tożsamości, dokumentów ubezpieczeniowych i listy "
                        "ważnych kontaktów, w wodoszczelnym woreczku"
                    ),
                    (
                        "Mydło, papier toaletowy, chusteczki nawilżane, środki higieny "
                        "intymnej i worki na śmieci"
                    ),
                    "Ciepłe ubrania, koc i wytrzymałe buty",
                    "Zapasowe okulary, zapasowe klucze i papierowa lista numerów telefonów",
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Uwaga na świece",
                "text": (
                    "Podczas przerw w dostawie prądu świece często są przyczyną pożarów "
                    "mieszkań. Zamiast nich lepiej używać latarki lub lampy na baterie. "
                    "Jeśli zapalenie świecy jest naprawdę konieczne, należy postawić ją w "
                    "stabilnym świeczniku, z dala od zasłon, i nigdy nie zostawiać jej "
                    "zapalonej bez nadzoru."
                ),
            },
        ),
        (
            "heading",
            "Potrzeby wszystkich domowników",
        ),
        (
            "text",
            [
                (
                    "Zestaw należy dostosować do osób, z którymi się mieszka. Niemowlęta "
                    "potrzebują pieluch, mleka modyfikowanego i butelek. Osoby starsze "
                    "mogą potrzebować zapasowych okularów, baterii do aparatu słuchowego "
                    "lub sprzętu ułatwiającego chodzenie. Osoby z niepełnosprawnościami "
                    "mogą potrzebować dodatkowych materiałów medycznych lub naładowanego "
                    "akumulatora do wózka inwalidzkiego."
                ),
                (
                    "Zwierzęta domowe również potrzebują karmy, wody, smyczy lub "
                    "transportera, a także swoich leków. Dzieci lepiej znoszą trudną "
                    "sytuację, gdy mają przy sobie małą zabawkę, książkę lub grę."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Warto mieć też kopie cyfrowe",
                "text": (
                    "Dokumenty warto sfotografować lub zeskanować i przechowywać na "
                    "bezpiecznym koncie internetowym albo na zaszyfrowanym pendrivie. W "
                    "razie utraty kopii papierowych nadal będzie można potwierdzić swoją "
                    "tożsamość i skontaktować się z ubezpieczycielem."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "Spisać, czego potrzebują domownicy, i zebrać wszystko w jednej "
                        "torbie lub jednym pudle."
                    ),
                    "Przechowywać zestaw w chłodnym, suchym i łatwo dostępnym miejscu.",
                    "Poinformować wszystkich domowników, gdzie jest zestaw.",
                ],
                "during": [
                    ("Zabrać zestaw ze sobą, jeśli zostanie wydane polecenie opuszczenia domu."),
                    "Słuchać radia, aby poznać oficjalne informacje i zalecenia.",
                    "Rozważnie dzielić wodę i żywność, aby wystarczyły na trzy dni.",
                ],
                "after": [
                    (
                        "Uzupełnić wszystko, co zostało zużyte, gdy tylko sklepy zostaną "
                        "ponownie otwarte."
                    ),
                    "Sprawdzać zestaw dwa razy w roku, na przykład wiosną i jesienią.",
                    "Wymieniać przeterminowaną żywność, wodę i leki oraz stare baterie.",
                ],
            },
        ),
    ],
    "quiz": QUIZ,
}
