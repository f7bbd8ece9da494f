"""The German text of the demo lesson "kit"."""

from .de_quiz import QUIZ

TEXTS = {
    "title": "Ein Notfallset für 72 Stunden zusammenstellen",
    "summary": (
        "Bei einer Katastrophe kann es mehrere Tage dauern, bis Hilfe alle Menschen "
        "erreicht. Mit einem fertig gepackten Notfallset kommt Ihr Haushalt mindestens "
        "drei Tage lang allein zurecht."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Unwetter, Hochwasser oder ein langer Stromausfall können dazu führen, "
                    "dass es in Ihrer Gegend kein Wasser, keinen Strom, keine geöffneten "
                    "Geschäfte und kein Telefonnetz mehr gibt. Die Einsatzkräfte müssen "
                    "zuerst den Menschen helfen, die in größter Gefahr sind. Deshalb muss "
                    "sich Ihr Haushalt vielleicht eine Zeit lang selbst versorgen."
                ),
                (
                    "Ein Notfallset für 72 Stunden ist eine Tasche oder Kiste mit allem, "
                    "was Sie brauchen, um drei Tage zu überstehen. Bewahren Sie es an "
                    "einem festen Ort auf, den alle kennen, in der Nähe des Ausgangs. So "
                    "können Sie es schnell mitnehmen, wenn Sie Ihre Wohnung verlassen "
                    "müssen."
                ),
            ],
        ),
        (
            "heading",
            "Wasser und Lebensmittel",
        ),
        (
            "text",
            [
                (
                    "Planen Sie etwa 2 Liter Trinkwasser pro Person und Tag ein, dazu "
                    "etwas mehr zum Waschen und Zähneputzen. Für eine vierköpfige Familie "
                    "sind das mindestens 24 Liter Trinkwasser für drei Tage. Nehmen Sie "
                    "verschlossene Flaschen und notieren Sie sich das Haltbarkeitsdatum."
                ),
                (
                    "Wählen Sie Lebensmittel, die lange haltbar sind und ohne Kochen "
                    "gegessen werden können: Fisch oder Bohnen aus der Dose, Cracker, "
                    "Trockenobst, Nüsse und Müsliriegel. Packen Sie einen Handdosenöffner "
                    "ein. Ersetzen Sie Wasser und Lebensmittel, bevor sie ablaufen, und "
                    "verbrauchen Sie die alten Vorräte zu Hause, damit nichts verschwendet "
                    "wird."
                ),
            ],
        ),
        (
            "checklist",
            {
                "title": "Das gehört in Ihr Notfallset",
                "items": [
                    "Trinkwasser: etwa 2 Liter pro Person und Tag, für 3 Tage",
                    ("Lebensmittel, die nicht gekocht werden müssen, und ein Handdosenöffner"),
                    "Ihre gewohnten Medikamente und Kopien Ihrer Rezepte",
                    "Ein Erste-Hilfe-Set",
                    "Eine Taschenlampe und Ersatzbatterien",
                    "Ein batteriebetriebenes Radio oder ein Kurbelradio",
                    "Eine geladene Powerbank und ein Ladekabel für das Handy",
                    "Etwas Bargeld in kleinen Scheinen und Münzen",
                    (
                        "Kopien von Ausweisen und Versicherungsunterlagen sowie wichtige "
                        "Kontaktdaten, in einer wasserdichten Hülle"
                    ),
                    ("Seife, Toilettenpapier, Feuchttücher, Menstruationsartikel und Müllbeutel"),
                    "Warme Kleidung, eine Decke und festes Schuhwerk",
                    (
                        "Ersatzbrille, Ersatzschlüssel und eine Liste wichtiger "
                        "Telefonnummern auf Papier"
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Verzichten Sie auf Kerzen",
                "text": (
                    "Kerzen lösen bei Stromausfällen oft Wohnungsbrände aus. Nutzen Sie "
                    "stattdessen eine Taschenlampe oder eine Batterielampe. Wenn Sie doch "
                    "eine Kerze anzünden müssen, stellen Sie sie in einen standfesten "
                    "Halter, weit weg von Vorhängen, und lassen Sie sie nie "
                    "unbeaufsichtigt brennen."
                ),
            },
        ),
        (
            "heading",
            "Denken Sie an alle in Ihrem Haushalt",
        ),
        (
            "text",
            [
                (
                    "Passen Sie das Set an die Menschen an, die mit Ihnen zusammenleben. "
                    "Babys brauchen Windeln, Säuglingsnahrung und Fläschchen. Ältere "
                    "Menschen brauchen vielleicht eine Ersatzbrille, Batterien für das "
                    "Hörgerät oder eine Gehhilfe. Menschen mit Behinderungen brauchen "
                    "unter Umständen zusätzliches medizinisches Material oder einen "
                    "geladenen Akku für den Rollstuhl."
                ),
                (
                    "Auch Haustiere brauchen Futter, Wasser, eine Leine oder eine "
                    "Transportbox und ihre Medikamente. Kinder kommen besser zurecht, wenn "
                    "sie ein kleines Spielzeug, ein Buch oder ein Spiel dabeihaben."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Legen Sie auch digitale Kopien an",
                "text": (
                    "Fotografieren oder scannen Sie Ihre Dokumente und speichern Sie sie "
                    "in einem sicheren Online-Konto oder auf einem verschlüsselten "
                    "USB-Stick. Wenn die Papierkopien verloren gehen, können Sie trotzdem "
                    "nachweisen, wer Sie sind, und sich an Ihre Versicherung wenden."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "Schreiben Sie auf, was Ihr Haushalt braucht, und sammeln Sie "
                        "alles in einer Tasche oder Kiste."
                    ),
                    (
                        "Lagern Sie das Set an einem kühlen, trockenen Ort, den Sie leicht "
                        "erreichen."
                    ),
                    "Sagen Sie allen in Ihrem Haushalt, wo das Set steht.",
                ],
                "during": [
                    (
                        "Nehmen Sie das Set mit, wenn Sie aufgefordert werden, Ihre "
                        "Wohnung zu verlassen."
                    ),
                    ("Hören Sie Radio, um offizielle Informationen und Anweisungen zu erhalten."),
                    (
                        "Teilen Sie Wasser und Lebensmittel sorgfältig ein, damit sie drei "
                        "Tage reichen."
                    ),
                ],
                "after": [
                    (
                        "Ersetzen Sie alles, was Sie verbraucht haben, sobald die "
                        "Geschäfte wieder öffnen."
                    ),
                    ("Prüfen Sie das Set zweimal im Jahr, zum Beispiel im Frühling und im Herbst."),
                    (
                        "Tauschen Sie abgelaufene Lebensmittel, Wasser und Medikamente "
                        "sowie alte Batterien aus."
                    ),
                ],
            },
        ),
    ],
    "quiz": QUIZ,
}
