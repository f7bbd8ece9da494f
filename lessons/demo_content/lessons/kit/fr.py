"""The French text of the demo lesson "kit"."""

from .fr_quiz import QUIZ

TEXTS = {
    "title": "Préparer un kit d'urgence pour 72 heures",
    "summary": (
        "Lors d'une catastrophe, les secours peuvent mettre plusieurs jours à atteindre "
        "tout le monde. Un kit prêt à l'emploi permet à votre foyer de tenir seul au "
        "moins trois jours."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Une tempête, une inondation ou une longue coupure de courant peuvent "
                    "priver votre quartier d'eau, d'électricité, de magasins ouverts et "
                    "de réseau téléphonique. Les secours s'occupent d'abord des personnes "
                    "les plus en danger : votre foyer devra peut-être se débrouiller seul "
                    "pendant un moment."
                ),
                (
                    "Un kit de 72 heures est un sac ou une caisse qui contient tout ce "
                    "qu'il faut pour tenir trois jours. Rangez-le à un endroit que tout "
                    "le monde connaît, près de la sortie, pour pouvoir le prendre "
                    "rapidement si vous devez partir."
                ),
            ],
        ),
        (
            "heading",
            "L'eau et la nourriture",
        ),
        (
            "text",
            [
                (
                    "Prévoyez environ 2 litres d'eau potable par personne et par jour, "
                    "plus un peu d'eau pour la toilette et le brossage des dents. Pour "
                    "une famille de quatre personnes, cela fait au moins 24 litres d'eau "
                    "potable pour trois jours. Choisissez des bouteilles fermées et notez "
                    "leur date limite."
                ),
                (
                    "Choisissez des aliments qui se conservent longtemps et se mangent "
                    "sans cuisson : conserves de poisson ou de haricots, biscuits secs, "
                    "fruits secs, noix et barres de céréales. Prévoyez un ouvre-boîte "
                    "manuel. Remplacez l'eau et la nourriture avant leur date limite, et "
                    "consommez les anciennes réserves à la maison pour ne rien gaspiller."
                ),
            ],
        ),
        (
            "checklist",
            {
                "title": "Ce que doit contenir votre kit",
                "items": [
                    ("Eau potable : environ 2 litres par personne et par jour, pour 3 jours"),
                    "Des aliments qui se mangent sans cuisson, et un ouvre-boîte manuel",
                    "Vos médicaments habituels et des copies de vos ordonnances",
                    "Une trousse de premiers secours",
                    "Une lampe de poche et des piles de rechange",
                    "Une radio à piles ou à manivelle",
                    "Une batterie externe chargée et un câble pour votre téléphone",
                    "Un peu d'argent liquide en petites coupures et en pièces",
                    (
                        "Des copies de vos pièces d'identité, contrats d'assurance et "
                        "contacts importants, dans une pochette étanche"
                    ),
                    ("Savon, papier toilette, lingettes, protections hygiéniques et sacs-poubelle"),
                    "Des vêtements chauds, une couverture et de bonnes chaussures",
                    (
                        "Des lunettes de rechange, un double des clés et une liste papier "
                        "des numéros utiles"
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Évitez les bougies",
                "text": (
                    "Les bougies provoquent souvent des incendies pendant les coupures de "
                    "courant. Utilisez plutôt une lampe de poche ou une lampe à piles. Si "
                    "vous devez vraiment allumer une bougie, posez-la sur un support "
                    "stable, loin des rideaux, et ne la laissez jamais brûler sans "
                    "surveillance."
                ),
            },
        ),
        (
            "heading",
            "Pensez à chaque membre du foyer",
        ),
        (
            "text",
            [
                (
                    "Adaptez le kit aux personnes qui vivent avec vous. Les bébés ont "
                    "besoin de couches, de lait infantile et de biberons. Les personnes "
                    "âgées peuvent avoir besoin de lunettes de rechange, de piles pour "
                    "leur appareil auditif ou d'une aide à la marche. Les personnes en "
                    "situation de handicap peuvent avoir besoin de matériel médical "
                    "supplémentaire ou d'une batterie chargée pour leur fauteuil roulant."
                ),
                (
                    "Les animaux ont eux aussi besoin de nourriture, d'eau, d'une laisse "
                    "ou d'une caisse de transport, et de leurs médicaments. Les enfants "
                    "vivent mieux la situation avec un petit jouet, un livre ou un jeu."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Gardez aussi des copies numériques",
                "text": (
                    "Photographiez ou scannez vos documents et conservez-les dans un "
                    "espace en ligne sécurisé ou sur une clé USB chiffrée. Si les copies "
                    "papier sont perdues, vous pourrez tout de même prouver votre "
                    "identité et contacter votre assureur."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "Faites la liste de ce dont votre foyer a besoin et rassemblez "
                        "tout dans un sac ou une caisse."
                    ),
                    "Rangez le kit dans un endroit frais, sec et facile d'accès.",
                    "Indiquez à tous les membres du foyer où se trouve le kit.",
                ],
                "during": [
                    "Emportez le kit si l'on vous demande de quitter votre logement.",
                    ("Écoutez la radio pour connaître les informations et consignes officielles."),
                    (
                        "Répartissez l'eau et la nourriture avec soin pour qu'elles "
                        "durent trois jours."
                    ),
                ],
                "after": [
                    ("Remplacez tout ce que vous avez utilisé dès la réouverture des magasins."),
                    ("Vérifiez le kit deux fois par an, par exemple au printemps et à l'automne."),
                    (
                        "Remplacez la nourriture, l'eau et les médicaments périmés, ainsi "
                        "que les piles usées."
                    ),
                ],
            },
        ),
    ],
    "quiz": QUIZ,
}
