"""The French quiz of the demo lesson "power outage"."""

QUIZ = [
    {
        "kind": "single",
        "prompt": (
            "Le courant est coupé depuis deux heures. Quelle est la meilleure façon "
            "de garder au froid les aliments du réfrigérateur ?"
        ),
        "choices": [
            {
                "text": "Ouvrir la porte de temps en temps pour vérifier les aliments",
                "correct": False,
                "feedback": (
                    "Chaque fois que vous ouvrez la porte, l'air froid s'échappe et "
                    "les aliments se réchauffent plus vite."
                ),
            },
            {
                "text": "Garder la porte fermée autant que possible",
                "correct": True,
                "feedback": (
                    "Exact. Un réfrigérateur qui reste fermé garde les aliments au "
                    "froid environ 4 heures."
                ),
            },
            {
                "text": "Régler le réfrigérateur sur la position la plus froide",
                "correct": False,
                "feedback": (
                    "Sans électricité, le réglage ne change rien. C'est le fait de "
                    "garder la porte fermée qui aide."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Vous pouvez faire tourner sans danger un groupe électrogène à essence "
            "dans votre garage, à condition que la porte du garage soit ouverte."
        ),
        "choices": [
            {
                "text": "Vrai",
                "correct": False,
                "feedback": (
                    "Une porte ouverte ne laisse pas sortir assez de gaz. Le monoxyde "
                    "de carbone peut s'accumuler dans le garage et s'infiltrer dans "
                    "la maison."
                ),
            },
            {
                "text": "Faux",
                "correct": True,
                "feedback": (
                    "Exact. Un groupe électrogène ne doit fonctionner qu'à "
                    "l'extérieur, loin des portes, des fenêtres et des bouches "
                    "d'aération."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Parmi ces solutions, lesquelles permettent de s'éclairer et de rester au "
            "chaud sans danger pendant une coupure ? Cochez toutes les bonnes "
            "réponses."
        ),
        "choices": [
            {
                "text": "Une lampe de poche ou une lampe à piles",
                "correct": True,
                "feedback": "Oui. Elle éclaire sans aucun risque d'incendie.",
            },
            {
                "text": "Un barbecue à gaz dans le salon",
                "correct": False,
                "feedback": (
                    "Jamais. Un barbecue dégage du monoxyde de carbone, qui peut tuer "
                    "quand il s'accumule à l'intérieur."
                ),
            },
            {
                "text": (
                    "Porter plusieurs couches de vêtements et rester ensemble dans une seule pièce"
                ),
                "correct": True,
                "feedback": (
                    "Oui. Les couches de vêtements retiennent la chaleur du corps, et "
                    "une seule pièce fermée reste plus chaude que tout le logement."
                ),
            },
            {
                "text": "Des bougies dans chaque pièce",
                "correct": False,
                "feedback": (
                    "Non. Les bougies sont une cause majeure d'incendies pendant les "
                    "coupures de courant."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "Pourquoi faut-il débrancher les ordinateurs et les téléviseurs pendant "
            "une coupure de courant ?"
        ),
        "choices": [
            {
                "text": "Pour les protéger d'une surtension au retour du courant",
                "correct": True,
                "feedback": (
                    "Exact. Une brusque surtension au rétablissement du courant peut "
                    "endommager les appareils électroniques sensibles."
                ),
            },
            {
                "text": "Pour que le courant revienne plus vite",
                "correct": False,
                "feedback": (
                    "Débrancher vos appareils n'accélère pas les réparations. Cela "
                    "les protège seulement."
                ),
            },
            {
                "text": (
                    "Parce qu'ils continuent de consommer de l'électricité pendant la coupure"
                ),
                "correct": False,
                "feedback": (
                    "Sans courant, ils ne consomment rien. Le danger, c'est la "
                    "surtension au retour du courant."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "Votre congélateur était plein et il est resté fermé. Le courant est "
            "coupé depuis 30 heures. Qu'est-ce qui est le plus probable ?"
        ),
        "choices": [
            {
                "text": "Les aliments sont sans doute encore congelés",
                "correct": True,
                "feedback": (
                    "Exact. Un congélateur plein qui reste fermé garde les aliments "
                    "congelés environ 48 heures. Vérifiez qu'il reste des cristaux de "
                    "glace avant de les utiliser."
                ),
            },
            {
                "text": "Tous les aliments ont décongelé et doivent être jetés",
                "correct": False,
                "feedback": (
                    "Pas encore. Un congélateur plein et fermé garde les aliments "
                    "congelés bien plus de 30 heures."
                ),
            },
            {
                "text": (
                    "Les aliments congelés restent sains quelle que soit la durée de la coupure"
                ),
                "correct": False,
                "feedback": (
                    "Non. Après environ deux jours, même un congélateur plein se "
                    "réchauffe, et les aliments peuvent se gâter."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Votre voisine âgée vit seule et utilise un appareil à oxygène "
            "électrique. Que devez-vous faire pendant une longue coupure ? Cochez "
            "toutes les bonnes réponses."
        ),
        "choices": [
            {
                "text": "Lui rendre visite ou l'appeler pour vérifier qu'elle va bien",
                "correct": True,
                "feedback": (
                    "Oui. Les personnes qui dépendent d'un appareil médical "
                    "électrique sont très exposées pendant une coupure."
                ),
            },
            {
                "text": (
                    "L'aider à contacter son médecin ou le fournisseur de l'appareil, "
                    "et appeler le numéro d'urgence si sa santé est en danger"
                ),
                "correct": True,
                "feedback": (
                    "Oui. Ils peuvent fournir un appareil de secours ou l'emmener "
                    "dans un lieu où il y a du courant."
                ),
            },
            {
                "text": "Attendre le retour du courant, car cela ne vous regarde pas",
                "correct": False,
                "feedback": (
                    "Sa vie peut dépendre de cet appareil. Une simple visite pourrait la sauver."
                ),
            },
            {
                "text": ("Lui prêter votre chauffage d'appoint au gaz pour son appartement"),
                "correct": False,
                "feedback": (
                    "Non. Un chauffage au gaz à l'intérieur peut dégager du monoxyde "
                    "de carbone mortel, et une flamme près de l'oxygène peut "
                    "provoquer un incendie."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "Au retour du courant, vous trouvez du poulet cuit resté pendant des "
            "heures dans un réfrigérateur tiède. Que faites-vous ?"
        ),
        "choices": [
            {
                "text": "Le sentir ou le goûter pour vérifier",
                "correct": False,
                "feedback": (
                    "Les microbes qui rendent malade ne changent souvent ni l'odeur "
                    "ni le goût des aliments. Goûter est risqué."
                ),
            },
            {
                "text": "Le réchauffer à fond et le manger",
                "correct": False,
                "feedback": (
                    "Certains microbes produisent des toxines que la chaleur ne "
                    "détruit pas : le réchauffer ne le rend donc pas sûr."
                ),
            },
            {
                "text": "Le jeter",
                "correct": True,
                "feedback": (
                    "Exact. Dans le doute, jetez : un aliment périssable resté plus "
                    "de deux heures au-dessus de 4 °C peut être dangereux."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Quand les feux de circulation sont éteints, il faut rouler lentement et "
            "redoubler de prudence à chaque carrefour."
        ),
        "choices": [
            {
                "text": "Vrai",
                "correct": True,
                "feedback": (
                    "Exact. Sans feux, les conducteurs ne savent pas toujours qui "
                    "doit passer en premier : ralentissez et soyez prêt à vous "
                    "arrêter."
                ),
            },
            {
                "text": "Faux",
                "correct": False,
                "feedback": (
                    "Les carrefours sans feux sont dangereux. Roulez lentement et "
                    "suivez les indications des policiers qui règlent la circulation."
                ),
            },
        ],
    },
]
