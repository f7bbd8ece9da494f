"""The French quiz of the demo lesson "flood"."""

QUIZ = [
    {
        "kind": "true_false",
        "prompt": (
            "Si l'eau sur une route semble peu profonde, on peut la traverser "
            "lentement en voiture sans danger."
        ),
        "choices": [
            {
                "text": "Vrai",
                "correct": False,
                "feedback": (
                    "Impossible de voir la profondeur ou la force du courant, ni de "
                    "savoir si la route a été emportée en dessous. 30 cm d'eau en "
                    "mouvement suffisent à emporter une voiture."
                ),
            },
            {
                "text": "Faux",
                "correct": True,
                "feedback": (
                    "Exact. Faites demi-tour et prenez un autre itinéraire, même si "
                    "l'eau paraît peu profonde."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Pourquoi est-il dangereux de marcher dans l'eau d'une inondation ? "
            "Cochez toutes les bonnes réponses."
        ),
        "choices": [
            {
                "text": "Même une eau peu profonde mais rapide peut vous faire tomber",
                "correct": True,
                "feedback": ("Oui. Il suffit de 15 cm d'eau rapide pour faire tomber un adulte."),
            },
            {
                "text": (
                    "Elle peut cacher des bouches d'égout ouvertes, des trous et des "
                    "débris coupants"
                ),
                "correct": True,
                "feedback": (
                    "Oui. On ne voit pas ce qu'il y a sous une eau boueuse, et une "
                    "chute peut être mortelle."
                ),
            },
            {
                "text": (
                    "Elle peut contenir des eaux usées, du carburant et des produits chimiques"
                ),
                "correct": True,
                "feedback": (
                    "Oui. Le contact avec l'eau d'inondation peut provoquer des "
                    "infections et des problèmes de peau."
                ),
            },
            {
                "text": "Elle n'est dangereuse que si elle dépasse la taille",
                "correct": False,
                "feedback": (
                    "Non. Une eau qui n'arrive qu'aux chevilles ou aux genoux peut "
                    "être assez forte pour vous emporter."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "Une alerte inondation est émise pour votre secteur, mais l'eau n'est pas "
            "encore là. Que devez-vous faire ?"
        ),
        "choices": [
            {
                "text": (
                    "Suivre les consignes officielles, monter les objets de valeur et "
                    "les documents à l'étage, et vous préparer à partir"
                ),
                "correct": True,
                "feedback": (
                    "Exact. Agir tôt vous laisse le temps de protéger vos biens et de "
                    "partir en sécurité."
                ),
            },
            {
                "text": ("Aller au bord de la rivière pour voir à quelle hauteur est l'eau"),
                "correct": False,
                "feedback": (
                    "Les berges peuvent s'effondrer et l'eau peut monter très vite. "
                    "Restez à distance et suivez les informations officielles."
                ),
            },
            {
                "text": "Attendre que l'eau entre dans la maison avant d'agir",
                "correct": False,
                "feedback": (
                    "Il sera peut-être trop tard pour protéger vos biens ou partir en sécurité."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "Les autorités vous demandent d'évacuer. Votre maison a un étage. Que faites-vous ?"
        ),
        "choices": [
            {
                "text": "Rester à l'étage, puisqu'il est au sec",
                "correct": False,
                "feedback": (
                    "Un ordre d'évacuation signifie que rester est dangereux. Vous "
                    "pourriez être isolé pendant des jours, sans eau, sans "
                    "électricité et sans secours."
                ),
            },
            {
                "text": (
                    "Partir tout de suite avec votre kit, par l'itinéraire indiqué "
                    "par les autorités"
                ),
                "correct": True,
                "feedback": (
                    "Exact. Les itinéraires recommandés évitent les routes inondées "
                    "et mènent à des lieux sûrs."
                ),
            },
            {
                "text": "Descendre au sous-sol pour protéger vos affaires",
                "correct": False,
                "feedback": (
                    "Les sous-sols sont inondés en premier et peuvent se remplir en "
                    "quelques minutes. N'y allez jamais pendant une inondation."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Si vous pouvez le faire sans danger, il faut couper l'électricité et le "
            "gaz au compteur avant que l'eau n'atteigne votre logement."
        ),
        "choices": [
            {
                "text": "Vrai",
                "correct": True,
                "feedback": (
                    "Exact. Cela réduit les risques d'électrocution, d'incendie et de fuite de gaz."
                ),
            },
            {
                "text": "Faux",
                "correct": False,
                "feedback": (
                    "L'eau et l'électricité ensemble peuvent tuer, et des conduites "
                    "de gaz abîmées peuvent fuir. Coupez les deux si vous pouvez le "
                    "faire sans toucher l'eau."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "Quand peut-on rentrer chez soi sans danger après une inondation ?",
        "choices": [
            {
                "text": "Dès que l'eau a baissé",
                "correct": False,
                "feedback": (
                    "Les bâtiments peuvent être endommagés, et l'électricité, le gaz "
                    "et la boue souillée restent dangereux."
                ),
            },
            {
                "text": "Quand les autorités disent que c'est sans danger",
                "correct": True,
                "feedback": (
                    "Exact. Elles vérifient que les routes, les bâtiments et les "
                    "réseaux sont sûrs avant le retour des habitants."
                ),
            },
            {
                "text": "Exactement 24 heures après la fin de la pluie",
                "correct": False,
                "feedback": (
                    "Il n'y a pas de délai fixe. Les rivières peuvent continuer à "
                    "monter après la pluie : attendez le feu vert des autorités."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Vous êtes de retour chez vous après une inondation. Quels gestes sont "
            "les bons ? Cochez toutes les bonnes réponses."
        ),
        "choices": [
            {
                "text": "Photographier les dégâts avant de nettoyer",
                "correct": True,
                "feedback": "Oui. Votre assureur aura besoin de preuves des dégâts.",
            },
            {
                "text": (
                    "Remettre le courant pour faire marcher un chauffage et sécher vite la maison"
                ),
                "correct": False,
                "feedback": (
                    "Non. Une installation mouillée peut provoquer une électrocution "
                    "mortelle. Un électricien doit d'abord la vérifier."
                ),
            },
            {
                "text": (
                    "Porter des gants et des bottes pour nettoyer, et désinfecter les surfaces"
                ),
                "correct": True,
                "feedback": (
                    "Oui. L'eau d'inondation peut laisser derrière elle des microbes "
                    "et des produits chimiques."
                ),
            },
            {
                "text": (
                    "Laisser les moquettes mouillées en place pour qu'elles sèchent lentement"
                ),
                "correct": False,
                "feedback": (
                    "Non. Les moquettes mouillées retiennent l'humidité et favorisent "
                    "les moisissures. Retirez-les et faites sécher la pièce "
                    "rapidement."
                ),
            },
        ],
    },
]
