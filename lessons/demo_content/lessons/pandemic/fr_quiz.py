"""The French quiz of the demo lesson "pandemic"."""

QUIZ = [
    {
        "kind": "single",
        "prompt": (
            "Vous rentrez chez vous en bus, et il y a de l'eau et du savon dans la "
            "salle de bains. Que faut-il faire ?"
        ),
        "choices": [
            {
                "text": ("Se laver les mains à l'eau et au savon pendant au moins 20 secondes"),
                "correct": True,
                "feedback": (
                    "Exact. Le savon et un frottement d'au moins 20 secondes "
                    "éliminent bien les microbes, y compris entre les doigts et sous "
                    "les ongles."
                ),
            },
            {
                "text": "Se rincer rapidement les mains à l'eau seule",
                "correct": False,
                "feedback": (
                    "L'eau seule n'élimine pas bien les microbes. C'est le savon et "
                    "le temps qui rendent le lavage efficace."
                ),
            },
            {
                "text": (
                    "Utiliser du gel hydroalcoolique, car il est toujours meilleur que le savon"
                ),
                "correct": False,
                "feedback": (
                    "Le gel est utile quand il n'y a pas d'eau, mais quand vous avez "
                    "de l'eau et du savon, le lavage des mains reste le premier "
                    "choix."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "Vous avez un peu de fièvre et vous toussez, mais vous respirez "
            "normalement. Que faites-vous en premier ?"
        ),
        "choices": [
            {
                "text": (
                    "Rester chez vous et appeler votre médecin ou la ligne d'information santé"
                ),
                "correct": True,
                "feedback": (
                    "Exact. On vous dira si vous avez besoin d'un test ou d'un "
                    "traitement, sans que vous risquiez de contaminer d'autres "
                    "personnes ou d'encombrer l'hôpital."
                ),
            },
            {
                "text": "Aller directement aux urgences de l'hôpital",
                "correct": False,
                "feedback": (
                    "Avec des symptômes légers, les urgences ne sont pas le bon "
                    "endroit. Vous pourriez contaminer des patients fragiles et "
                    "prendre du temps aux cas graves."
                ),
            },
            {
                "text": ("Appeler le 112 pour qu'une ambulance vous emmène faire un test"),
                "correct": False,
                "feedback": (
                    "Le 112 est réservé aux urgences vitales. L'utiliser pour des "
                    "symptômes légers peut retarder les secours pour une personne en "
                    "danger."
                ),
            },
            {
                "text": "Aller travailler comme d'habitude en portant un masque",
                "correct": False,
                "feedback": (
                    "Quand vous êtes malade, restez chez vous. Le masque réduit le "
                    "risque sans le supprimer, et vous avez besoin de repos."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Quels gestes aident à freiner la propagation d'un virus qui touche le "
            "nez, la gorge et les poumons ? Choisissez toutes les bonnes réponses."
        ),
        "choices": [
            {
                "text": "Ouvrir régulièrement les fenêtres des pièces partagées",
                "correct": True,
                "feedback": (
                    "Oui. L'air frais réduit la quantité de virus qui flotte dans la pièce."
                ),
            },
            {
                "text": "Éternuer dans son coude",
                "correct": True,
                "feedback": (
                    "Oui. Le coude retient les gouttelettes, et vous ne les propagez "
                    "pas avec vos mains."
                ),
            },
            {
                "text": "Rester chez soi quand on est malade",
                "correct": True,
                "feedback": (
                    "Oui. Éviter les autres quand vous êtes malade est l'un des "
                    "moyens les plus efficaces de les protéger."
                ),
            },
            {
                "text": "Aller à une fête si vos symptômes sont seulement légers",
                "correct": False,
                "feedback": (
                    "Même avec des symptômes légers, vous pouvez transmettre le "
                    "virus, et d'autres personnes peuvent tomber bien plus malades "
                    "que vous."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Acheter le plus possible de nourriture et de papier toilette au début "
            "d'une pandémie aide tout le monde."
        ),
        "choices": [
            {
                "text": "Vrai",
                "correct": False,
                "feedback": (
                    "Les achats de panique vident les rayons et privent les autres de "
                    "produits de base. Les magasins sont généralement "
                    "réapprovisionnés : achetez des quantités normales."
                ),
            },
            {
                "text": "Faux",
                "correct": True,
                "feedback": (
                    "Exact. Constituez vos réserves petit à petit avant une crise, et "
                    "n'achetez que le nécessaire pendant celle-ci, pour qu'il y en "
                    "ait assez pour tous."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Les vaccins recommandés par les autorités sanitaires réduisent votre "
            "risque de forme grave et peuvent aider à protéger votre entourage."
        ),
        "choices": [
            {
                "text": "Vrai",
                "correct": True,
                "feedback": (
                    "Exact. Les vaccins apprennent à votre corps à combattre la "
                    "maladie, ce qui réduit le risque de forme grave et allège la "
                    "pression sur les hôpitaux."
                ),
            },
            {
                "text": "Faux",
                "correct": False,
                "feedback": (
                    "Les vaccins sont l'un des meilleurs moyens d'éviter les formes "
                    "graves. Suivez les conseils des autorités sanitaires pour savoir "
                    "qui doit recevoir quel vaccin, et quand."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "Votre grand-mère vit seule et doit s'isoler pendant dix jours. Qu'est-ce "
            "qui l'aide le plus ?"
        ),
        "choices": [
            {
                "text": (
                    "L'appeler souvent, au téléphone ou en visio, et déposer ses "
                    "courses devant sa porte"
                ),
                "correct": True,
                "feedback": (
                    "Exact. Elle a ce dont elle a besoin et garde le contact avec "
                    "vous, sans risque de transmission du virus."
                ),
            },
            {
                "text": "Lui rendre visite chaque jour et rester manger avec elle",
                "correct": False,
                "feedback": (
                    "Un contact rapproché à l'intérieur est justement ce que "
                    "l'isolement cherche à éviter. Aidez-la plutôt à distance."
                ),
            },
            {
                "text": "La laisser tranquille pour qu'elle puisse se reposer",
                "correct": False,
                "feedback": (
                    "L'isolement peut être pesant et difficile. Elle a toujours "
                    "besoin de provisions, de nouvelles et de quelqu'un à qui parler."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Qu'est-il utile d'avoir en réserve pour deux semaines d'isolement à la "
            "maison ? Choisissez toutes les bonnes réponses."
        ),
        "choices": [
            {
                "text": (
                    "Des aliments qui se conservent, comme du riz, des pâtes et des conserves"
                ),
                "correct": True,
                "feedback": (
                    "Oui. Des aliments de longue conservation vous permettent de bien "
                    "manger sans sortir."
                ),
            },
            {
                "text": "Vos médicaments habituels",
                "correct": True,
                "feedback": (
                    "Oui. Assurez-vous de ne pas manquer des médicaments que vous "
                    "prenez chaque jour."
                ),
            },
            {
                "text": "Un thermomètre et un médicament contre la fièvre",
                "correct": True,
                "feedback": (
                    "Oui. Ils vous aident à surveiller et à soulager vos symptômes à la maison."
                ),
            },
            {
                "text": "Cinquante paquets de papier toilette",
                "correct": False,
                "feedback": (
                    "C'est bien plus qu'il n'en faut pour deux semaines. Acheter "
                    "d'énormes quantités, c'est stocker à l'excès et en priver les "
                    "autres."
                ),
            },
        ],
    },
]
