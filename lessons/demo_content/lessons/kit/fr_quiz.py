"""The French quiz of the demo lesson "kit"."""

QUIZ = [
    {
        "kind": "single",
        "prompt": (
            "Quelle quantité d'eau potable faut-il prévoir pour une personne pendant trois jours ?"
        ),
        "choices": [
            {
                "text": "Environ 2 litres",
                "correct": False,
                "feedback": (
                    "Cela ne couvre qu'une seule journée. Il faut environ 2 litres "
                    "pour chacun des trois jours."
                ),
            },
            {
                "text": "Environ 6 litres",
                "correct": True,
                "feedback": (
                    "Exact : environ 2 litres par jour pendant 3 jours, cela fait 6 "
                    "litres d'eau potable. Ajoutez un peu d'eau pour l'hygiène."
                ),
            },
            {
                "text": "Environ 20 litres",
                "correct": False,
                "feedback": (
                    "C'est bien plus que ce qu'une personne boit en trois jours. Ce "
                    "serait lourd, encombrant et difficile à renouveler."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Parmi ces aliments, lesquels conviennent à votre kit ? Cochez toutes les "
            "bonnes réponses."
        ),
        "choices": [
            {
                "text": ("Des haricots ou du poisson en conserve, avec un ouvre-boîte manuel"),
                "correct": True,
                "feedback": (
                    "Oui. Les conserves se gardent longtemps et se mangent froides, "
                    "et un ouvre-boîte manuel fonctionne sans électricité."
                ),
            },
            {
                "text": "Une pizza surgelée",
                "correct": False,
                "feedback": (
                    "Non. Elle a besoin d'un congélateur et d'un four, qui risquent "
                    "tous deux de ne plus fonctionner en cas d'urgence."
                ),
            },
            {
                "text": "Des barres de céréales et des fruits secs",
                "correct": True,
                "feedback": (
                    "Oui. Ils sont légers, se conservent des mois et se mangent sans cuisson."
                ),
            },
            {
                "text": "Du lait frais",
                "correct": False,
                "feedback": (
                    "Non. Le lait frais tourne en quelques heures sans réfrigérateur. "
                    "Le lait UHT en brique est un meilleur choix."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Pendant une coupure de courant, les bougies sont le moyen le plus sûr de "
            "vous éclairer."
        ),
        "choices": [
            {
                "text": "Vrai",
                "correct": False,
                "feedback": (
                    "Les bougies provoquent souvent des incendies pendant les "
                    "coupures de courant. Une lampe de poche ou une lampe à piles est "
                    "bien plus sûre."
                ),
            },
            {
                "text": "Faux",
                "correct": True,
                "feedback": (
                    "Exact. Une lampe de poche ou une lampe à piles vous éclaire sans "
                    "risque de déclencher un incendie."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": ("Pourquoi votre kit doit-il contenir une radio à piles ou à manivelle ?"),
        "choices": [
            {
                "text": (
                    "Pour recevoir les informations officielles même sans électricité ni internet"
                ),
                "correct": True,
                "feedback": (
                    "Exact. La radio continue souvent d'émettre quand les autres "
                    "réseaux tombent en panne : vous pouvez donc toujours entendre "
                    "les consignes des autorités."
                ),
            },
            {
                "text": "Pour écouter de la musique et occuper les enfants",
                "correct": False,
                "feedback": (
                    "La musique peut aider, mais la raison principale est d'entendre "
                    "les alertes et les consignes des autorités."
                ),
            },
            {
                "text": "Pour appeler les secours",
                "correct": False,
                "feedback": (
                    "Une radio ne fait que recevoir des émissions. Elle ne permet "
                    "d'appeler personne."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "À quelle fréquence faut-il vérifier votre kit ?",
        "choices": [
            {
                "text": "Seulement quand une catastrophe est annoncée",
                "correct": False,
                "feedback": (
                    "À ce moment-là, les magasins risquent d'être fermés ou pris "
                    "d'assaut, et vous n'aurez pas le temps de compléter ce qui "
                    "manque."
                ),
            },
            {
                "text": "Deux fois par an",
                "correct": True,
                "feedback": (
                    "Exact. Une vérification deux fois par an permet de remplacer à "
                    "temps la nourriture, l'eau et les médicaments périmés, ainsi que "
                    "les piles usées."
                ),
            },
            {
                "text": "Une fois tous les dix ans",
                "correct": False,
                "feedback": (
                    "La nourriture, l'eau, les médicaments et les piles se périment bien avant."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Votre voisine vit avec son père âgé et un chien. Que doit-elle ajouter à "
            "son kit ? Cochez toutes les bonnes réponses."
        ),
        "choices": [
            {
                "text": "Les médicaments de son père et des copies de ses ordonnances",
                "correct": True,
                "feedback": (
                    "Oui. Les pharmacies peuvent être fermées, et une copie de "
                    "l'ordonnance aide un médecin à remplacer des médicaments perdus."
                ),
            },
            {
                "text": "De la nourriture, de l'eau et une laisse pour le chien",
                "correct": True,
                "feedback": (
                    "Oui. En cas d'urgence, les animaux dépendent de vous et ont "
                    "besoin de leurs propres réserves."
                ),
            },
            {
                "text": (
                    "Des lunettes de rechange ou des piles pour l'appareil auditif, "
                    "si son père en utilise"
                ),
                "correct": True,
                "feedback": (
                    "Oui. Sans eux, il risque de ne pas pouvoir lire les consignes ni "
                    "entendre les alertes."
                ),
            },
            {
                "text": "Rien, car un kit standard convient à tout le monde",
                "correct": False,
                "feedback": (
                    "Non. Un kit doit correspondre aux besoins réels de chaque "
                    "personne et de chaque animal du foyer."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "Où vaut-il mieux garder les copies de vos documents importants ?",
        "choices": [
            {
                "text": (
                    "Dans une pochette étanche dans votre kit, avec des copies "
                    "numériques bien protégées"
                ),
                "correct": True,
                "feedback": (
                    "Exact. La pochette étanche protège les copies papier, et les "
                    "copies numériques servent de secours si le sac est perdu."
                ),
            },
            {
                "text": "En vrac dans un tiroir à la maison",
                "correct": False,
                "feedback": (
                    "Si vous devez partir vite, vous risquez de ne pas les retrouver, "
                    "et l'eau ou le feu peuvent les détruire."
                ),
            },
            {
                "text": "Nulle part, car vous n'en aurez pas besoin en cas d'urgence",
                "correct": False,
                "feedback": (
                    "Après une catastrophe, vous devrez peut-être prouver votre "
                    "identité, accéder à votre banque ou déclarer un sinistre à votre "
                    "assurance."
                ),
            },
        ],
    },
]
