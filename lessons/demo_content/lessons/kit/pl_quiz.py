"""The Polish quiz of the demo lesson "kit"."""

QUIZ = [
    {
        "kind": "single",
        "prompt": "Ile wody pitnej należy zgromadzić dla jednej osoby na trzy dni?",
        "choices": [
            {
                "text": "Około 2 litrów",
                "correct": False,
                "feedback": (
                    "To wystarczy tylko na jeden dzień. Potrzeba około 2 litrów na "
                    "każdy z trzech dni."
                ),
            },
            {
                "text": "Około 6 litrów",
                "correct": True,
                "feedback": (
                    "Prawidłowo: około 2 litrów dziennie przez 3 dni to 6 litrów wody "
                    "pitnej. Warto dodać trochę więcej na potrzeby higieny."
                ),
            },
            {
                "text": "Około 20 litrów",
                "correct": False,
                "feedback": (
                    "To znacznie więcej, niż jedna osoba wypija w ciągu trzech dni. "
                    "Taki zapas byłby ciężki, a jego przechowywanie i wymiana – "
                    "kłopotliwe."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Które z tych produktów dobrze nadają się do zestawu? Należy zaznaczyć "
            "wszystkie poprawne odpowiedzi."
        ),
        "choices": [
            {
                "text": "Fasola lub ryba w puszce, z ręcznym otwieraczem do puszek",
                "correct": True,
                "feedback": (
                    "Tak. Konserwy mają długi termin przydatności i można je jeść na "
                    "zimno, a ręczny otwieracz działa bez prądu."
                ),
            },
            {
                "text": "Mrożona pizza",
                "correct": False,
                "feedback": (
                    "Nie. Wymaga zamrażarki i piekarnika, a oba te urządzenia mogą w "
                    "sytuacji kryzysowej przestać działać."
                ),
            },
            {
                "text": "Batony zbożowe i suszone owoce",
                "correct": True,
                "feedback": (
                    "Tak. Są lekkie, nadają się do spożycia przez wiele miesięcy i nie "
                    "wymagają gotowania."
                ),
            },
            {
                "text": "Świeże mleko",
                "correct": False,
                "feedback": (
                    "Nie. Bez lodówki świeże mleko psuje się w ciągu kilku godzin. "
                    "Lepszym wyborem jest mleko UHT w kartonie."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Podczas przerwy w dostawie prądu świece są najbezpieczniejszym sposobem "
            "oświetlenia domu."
        ),
        "choices": [
            {
                "text": "Prawda",
                "correct": False,
                "feedback": (
                    "Świece są częstą przyczyną pożarów mieszkań podczas przerw w "
                    "dostawie prądu. Latarka lub lampa na baterie są znacznie "
                    "bezpieczniejsze."
                ),
            },
            {
                "text": "Fałsz",
                "correct": True,
                "feedback": (
                    "Prawidłowo. Latarka lub lampa na baterie dają światło bez ryzyka "
                    "wywołania pożaru."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": ("Dlaczego w zestawie powinno się znaleźć radio na baterie lub na korbkę?"),
        "choices": [
            {
                "text": (
                    "Aby słyszeć oficjalne komunikaty nawet wtedy, gdy nie ma prądu ani internetu"
                ),
                "correct": True,
                "feedback": (
                    "Prawidłowo. Radio często nadaje nadal, gdy inne sieci przestają "
                    "działać, więc wciąż można usłyszeć zalecenia władz."
                ),
            },
            {
                "text": "Aby słuchać muzyki i zająć czymś dzieci",
                "correct": False,
                "feedback": (
                    "Muzyka może pomóc, ale najważniejsze jest to, by słyszeć "
                    "ostrzeżenia i polecenia władz."
                ),
            },
            {
                "text": "Aby wezwać służby ratunkowe",
                "correct": False,
                "feedback": (
                    "Radio tylko odbiera audycje. Nie da się przez nie do nikogo zadzwonić."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "Jak często należy sprawdzać zestaw?",
        "choices": [
            {
                "text": "Tylko wtedy, gdy zapowiadana jest katastrofa",
                "correct": False,
                "feedback": (
                    "Wtedy sklepy mogą być już zamknięte lub oblężone, a na "
                    "uzupełnienie braków zabraknie czasu."
                ),
            },
            {
                "text": "Dwa razy w roku",
                "correct": True,
                "feedback": (
                    "Prawidłowo. Sprawdzanie zestawu dwa razy w roku pozwala na czas "
                    "wymienić przeterminowaną żywność, wodę i leki oraz rozładowane "
                    "baterie."
                ),
            },
            {
                "text": "Raz na dziesięć lat",
                "correct": False,
                "feedback": ("Żywność, woda, leki i baterie tracą przydatność dużo wcześniej."),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Sąsiadka mieszka ze starszym ojcem i psem. Co powinna dodać do swojego "
            "zestawu? Należy zaznaczyć wszystkie poprawne odpowiedzi."
        ),
        "choices": [
            {
                "text": "Leki ojca i kopie jego recept",
                "correct": True,
                "feedback": (
                    "Tak. Apteki mogą być zamknięte, a kopia recepty ułatwi lekarzowi "
                    "zastąpienie utraconych leków."
                ),
            },
            {
                "text": "Karmę, wodę i smycz dla psa",
                "correct": True,
                "feedback": (
                    "Tak. W sytuacji kryzysowej zwierzęta są zdane na opiekunów i "
                    "potrzebują własnych zapasów."
                ),
            },
            {
                "text": (
                    "Zapasowe okulary lub baterie do aparatu słuchowego, jeśli ojciec ich używa"
                ),
                "correct": True,
                "feedback": (
                    "Tak. Bez nich ojciec może nie być w stanie przeczytać poleceń ani "
                    "usłyszeć ostrzeżeń."
                ),
            },
            {
                "text": "Nic, bo standardowy zestaw wystarczy każdemu",
                "correct": False,
                "feedback": (
                    "Nie. Zestaw musi odpowiadać rzeczywistym potrzebom każdej osoby i "
                    "każdego zwierzęcia w domu."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "Gdzie najlepiej przechowywać kopie ważnych dokumentów?",
        "choices": [
            {
                "text": (
                    "W wodoszczelnym woreczku w zestawie, a do tego kopie cyfrowe w "
                    "bezpiecznym miejscu"
                ),
                "correct": True,
                "feedback": (
                    "Prawidłowo. Wodoszczelny woreczek chroni kopie papierowe, a kopie "
                    "cyfrowe są zabezpieczeniem na wypadek utraty torby."
                ),
            },
            {
                "text": "Luzem w szufladzie w domu",
                "correct": False,
                "feedback": (
                    "W razie szybkiego wyjścia można ich nie znaleźć, a woda lub ogień "
                    "mogą je zniszczyć."
                ),
            },
            {
                "text": "Nigdzie, bo w sytuacji kryzysowej nie będą potrzebne",
                "correct": False,
                "feedback": (
                    "Po katastrofie może być konieczne potwierdzenie tożsamości, "
                    "dostęp do konta bankowego lub zgłoszenie szkody "
                    "ubezpieczycielowi."
                ),
            },
        ],
    },
]
