"""The German quiz of the demo lesson "kit"."""

QUIZ = [
    {
        "kind": "single",
        "prompt": (
            "Wie viel Trinkwasser sollten Sie für eine Person für drei Tage vorrätig haben?"
        ),
        "choices": [
            {
                "text": "Etwa 2 Liter",
                "correct": False,
                "feedback": (
                    "Das reicht nur für einen Tag. Sie brauchen etwa 2 Liter für jeden "
                    "der drei Tage."
                ),
            },
            {
                "text": "Etwa 6 Liter",
                "correct": True,
                "feedback": (
                    "Richtig: Etwa 2 Liter pro Tag für 3 Tage ergeben 6 Liter "
                    "Trinkwasser. Planen Sie etwas mehr für die Hygiene ein."
                ),
            },
            {
                "text": "Etwa 20 Liter",
                "correct": False,
                "feedback": (
                    "Das ist weit mehr, als eine Person in drei Tagen trinkt. So viel "
                    "Wasser wäre schwer und ließe sich nur mühsam lagern und erneuern."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Welche dieser Lebensmittel eignen sich für Ihr Notfallset? Wählen Sie "
            "alle zutreffenden Antworten."
        ),
        "choices": [
            {
                "text": "Bohnen oder Fisch aus der Dose, mit einem Handdosenöffner",
                "correct": True,
                "feedback": (
                    "Ja. Konserven sind lange haltbar und können kalt gegessen werden, "
                    "und ein Handdosenöffner funktioniert ohne Strom."
                ),
            },
            {
                "text": "Tiefkühlpizza",
                "correct": False,
                "feedback": (
                    "Nein. Dafür brauchen Sie einen Gefrierschrank und einen Backofen, "
                    "und beide können im Notfall ausfallen."
                ),
            },
            {
                "text": "Müsliriegel und Trockenobst",
                "correct": True,
                "feedback": (
                    "Ja. Sie sind leicht, monatelang haltbar und müssen nicht gekocht werden."
                ),
            },
            {
                "text": "Frischmilch",
                "correct": False,
                "feedback": (
                    "Nein. Frischmilch verdirbt ohne Kühlschrank innerhalb weniger "
                    "Stunden. H-Milch im Karton ist die bessere Wahl."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Bei einem Stromausfall sind Kerzen die sicherste Art, Ihre Wohnung zu beleuchten."
        ),
        "choices": [
            {
                "text": "Richtig",
                "correct": False,
                "feedback": (
                    "Kerzen sind bei Stromausfällen eine häufige Ursache für "
                    "Wohnungsbrände. Eine Taschenlampe oder eine Batterielampe ist "
                    "viel sicherer."
                ),
            },
            {
                "text": "Falsch",
                "correct": True,
                "feedback": (
                    "Genau. Eine Taschenlampe oder eine Batterielampe gibt Ihnen "
                    "Licht, ohne dass ein Brand entstehen kann."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "Warum gehört ein batteriebetriebenes Radio oder ein Kurbelradio in Ihr Notfallset?"
        ),
        "choices": [
            {
                "text": (
                    "Um offizielle Informationen zu hören, auch wenn Strom und "
                    "Internet ausgefallen sind"
                ),
                "correct": True,
                "feedback": (
                    "Richtig. Radiosender sind oft noch zu empfangen, wenn andere "
                    "Netze ausfallen. So erfahren Sie weiterhin, was die Behörden "
                    "raten."
                ),
            },
            {
                "text": "Um Musik zu hören und Kinder zu beschäftigen",
                "correct": False,
                "feedback": (
                    "Musik kann helfen, aber vor allem geht es darum, Warnungen und "
                    "Anweisungen der Behörden zu hören."
                ),
            },
            {
                "text": "Um den Notruf zu wählen",
                "correct": False,
                "feedback": (
                    "Ein Radio kann nur Sendungen empfangen. Sie können damit niemanden anrufen."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "Wie oft sollten Sie Ihr Notfallset überprüfen?",
        "choices": [
            {
                "text": "Nur wenn eine Katastrophe angekündigt wird",
                "correct": False,
                "feedback": (
                    "Dann sind die Geschäfte vielleicht schon geschlossen oder "
                    "überfüllt, und Ihnen bleibt keine Zeit mehr, Fehlendes zu "
                    "besorgen."
                ),
            },
            {
                "text": "Zweimal im Jahr",
                "correct": True,
                "feedback": (
                    "Richtig. Wenn Sie zweimal im Jahr prüfen, können Sie abgelaufene "
                    "Lebensmittel, Wasser und Medikamente sowie leere Batterien "
                    "rechtzeitig ersetzen."
                ),
            },
            {
                "text": "Alle zehn Jahre",
                "correct": False,
                "feedback": (
                    "Lebensmittel, Wasser, Medikamente und Batterien sind lange vorher abgelaufen."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Ihre Nachbarin lebt mit ihrem älteren Vater und einem Hund zusammen. Was "
            "sollte sie in ihr Notfallset packen? Wählen Sie alle zutreffenden "
            "Antworten."
        ),
        "choices": [
            {
                "text": "Die Medikamente ihres Vaters und Kopien seiner Rezepte",
                "correct": True,
                "feedback": (
                    "Ja. Apotheken sind vielleicht geschlossen, und mit einer Kopie "
                    "des Rezepts kann eine Ärztin oder ein Arzt verlorene Medikamente "
                    "leichter ersetzen."
                ),
            },
            {
                "text": "Futter, Wasser und eine Leine für den Hund",
                "correct": True,
                "feedback": (
                    "Ja. Haustiere sind im Notfall auf ihre Halter angewiesen und "
                    "brauchen eigene Vorräte."
                ),
            },
            {
                "text": (
                    "Eine Ersatzbrille oder Hörgerätebatterien, falls ihr Vater Brille "
                    "oder Hörgerät trägt"
                ),
                "correct": True,
                "feedback": (
                    "Ja. Ohne sie kann er Anweisungen vielleicht nicht lesen oder "
                    "Warnungen nicht hören."
                ),
            },
            {
                "text": "Nichts, denn ein Standardset reicht für alle",
                "correct": False,
                "feedback": (
                    "Nein. Ein Notfallset muss zu den tatsächlichen Bedürfnissen jedes "
                    "Menschen und jedes Tieres im Haushalt passen."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "Wo bewahren Sie Kopien Ihrer wichtigen Dokumente am besten auf?",
        "choices": [
            {
                "text": (
                    "In einer wasserdichten Hülle in Ihrem Notfallset, dazu sicher "
                    "gespeicherte digitale Kopien"
                ),
                "correct": True,
                "feedback": (
                    "Richtig. Die wasserdichte Hülle schützt die Papierkopien, und die "
                    "digitalen Kopien dienen als Reserve, falls die Tasche verloren "
                    "geht."
                ),
            },
            {
                "text": "Lose in einer Schublade zu Hause",
                "correct": False,
                "feedback": (
                    "Wenn Sie schnell aufbrechen müssen, finden Sie sie vielleicht "
                    "nicht, und Wasser oder Feuer könnten sie zerstören."
                ),
            },
            {
                "text": "Nirgends, denn im Notfall brauchen Sie sie nicht",
                "correct": False,
                "feedback": (
                    "Nach einer Katastrophe müssen Sie vielleicht nachweisen, wer Sie "
                    "sind, auf Ihr Bankkonto zugreifen oder einen Schaden bei der "
                    "Versicherung melden."
                ),
            },
        ],
    },
]
