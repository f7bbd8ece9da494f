"""The French text of the demo lesson "power outage"."""

from .fr_quiz import QUIZ

TEXTS = {
    "title": "Faire face à une longue coupure de courant",
    "summary": (
        "Une coupure de courant peut durer des heures, voire des jours, et priver aussi "
        "de chauffage, d'eau et de réseau téléphonique. Apprenez à vous préparer, à "
        "rester en sécurité et à garder vos aliments propres à la consommation."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Tempêtes, canicules, verglas, pannes techniques ou dégâts sur le "
                    "réseau peuvent couper l'électricité. La plupart des coupures sont "
                    "courtes, mais certaines durent plusieurs jours. Sans courant, "
                    "l'éclairage, le réfrigérateur, les ascenseurs et le paiement par "
                    "carte ne fonctionnent plus. Le chauffage, les pompes à eau et les "
                    "réseaux mobiles peuvent aussi tomber en panne."
                ),
                (
                    "Avec un peu de préparation, une longue coupure est plus facile et "
                    "bien plus sûre à traverser."
                ),
            ],
        ),
        (
            "heading",
            "Se préparer avant que la lumière s'éteigne",
        ),
        (
            "checklist",
            {
                "title": "Prêt pour une coupure de courant",
                "items": [
                    (
                        "Des lampes de poche et des lampes à piles à des endroits faciles "
                        "à trouver dans le noir"
                    ),
                    "Des piles de rechange aux bons formats",
                    "Une radio qui fonctionne avec des piles ou une manivelle",
                    "Une batterie externe bien chargée pour chaque téléphone",
                    "De l'eau en bouteille et des aliments qui se mangent sans cuisson",
                    "Des vêtements chauds, des couvertures et des sacs de couchage",
                    (
                        "Un peu d'argent liquide, car les terminaux de paiement et les "
                        "distributeurs peuvent ne plus fonctionner"
                    ),
                    "Une liste papier des numéros de téléphone importants",
                    (
                        "Le numéro ou le site internet de votre gestionnaire de réseau "
                        "électrique, pour signaler les pannes"
                    ),
                    (
                        "Une solution de secours pour toute personne du foyer qui utilise "
                        "un appareil médical électrique"
                    ),
                ],
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "Apprenez à ouvrir à la main les portes de garage, portails et "
                        "volets électriques."
                    ),
                    (
                        "Si une personne dépend d'un appareil médical électrique, "
                        "demandez à son médecin ou à son fournisseur une batterie de "
                        "secours. Signalez-la à votre fournisseur d'électricité s'il "
                        "tient une liste de clients prioritaires."
                    ),
                    (
                        "Chargez téléphones et batteries externes quand une tempête ou "
                        "une canicule est annoncée."
                    ),
                ],
                "during": [
                    (
                        "Regardez si vos voisins ont du courant. Si seul votre logement "
                        "est touché, vérifiez votre tableau électrique."
                    ),
                    (
                        "Signalez la coupure à votre gestionnaire de réseau et écoutez la "
                        "radio pour suivre la situation."
                    ),
                    (
                        "Débranchez les ordinateurs, téléviseurs et autres appareils "
                        "sensibles pour les protéger d'une surtension au retour du "
                        "courant. Laissez une lampe en position allumée pour savoir quand "
                        "il revient."
                    ),
                    "Gardez le réfrigérateur et le congélateur fermés.",
                    (
                        "Économisez la batterie de votre téléphone : baissez la "
                        "luminosité, fermez les applications et envoyez des SMS plutôt "
                        "que d'appeler."
                    ),
                    (
                        "Prenez des nouvelles des voisins âgés, des personnes seules et "
                        "de celles qui utilisent un appareil médical."
                    ),
                ],
                "after": [
                    "Rebranchez les appareils un par un pour ne pas surcharger le réseau.",
                    (
                        "Vérifiez les aliments du réfrigérateur et du congélateur avant "
                        "de les manger."
                    ),
                    (
                        "Rechargez téléphones, batteries externes et piles, et remplacez "
                        "ce que vous avez utilisé."
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Le monoxyde de carbone peut tuer",
                "text": (
                    "N'utilisez jamais de groupe électrogène, de barbecue, de réchaud de "
                    "camping ni de chauffage d'appoint au gaz ou au pétrole à "
                    "l'intérieur, dans un garage ou près des portes et fenêtres. Ils "
                    "dégagent du monoxyde de carbone, un gaz invisible et inodore qui "
                    "peut tuer en quelques minutes. En cas de maux de tête, de vertiges "
                    "ou de nausées, sortez tout de suite à l'air libre et appelez le "
                    "numéro d'urgence."
                ),
            },
        ),
        (
            "heading",
            "Lumière, chaleur et déplacements",
        ),
        (
            "text",
            [
                (
                    "Utilisez des lampes de poche et des lampes à piles plutôt que des "
                    "bougies, qui provoquent de nombreux incendies. Pour rester au chaud, "
                    "superposez plusieurs couches de vêtements, regroupez-vous dans une "
                    "seule pièce et gardez portes et rideaux fermés. Par forte chaleur, "
                    "restez à l'ombre et buvez beaucoup d'eau."
                ),
                (
                    "Si l'eau du robinet est coupée, gardez l'eau en bouteille pour la "
                    "boisson. Évitez les ascenseurs, car vous pourriez y rester bloqué. "
                    "Les feux de circulation peuvent être éteints : si vous devez "
                    "conduire, roulez lentement, soyez très prudent aux carrefours et "
                    "suivez les indications des policiers qui règlent la circulation."
                ),
            ],
        ),
        (
            "heading",
            "Garder les aliments sains",
        ),
        (
            "text",
            [
                (
                    "Un réfrigérateur fermé garde les aliments au froid environ 4 heures. "
                    "Un congélateur plein les garde congelés environ 48 heures si vous "
                    "laissez la porte fermée, et un congélateur à moitié plein environ 24 "
                    "heures. Chaque fois que vous ouvrez la porte, de l'air froid "
                    "s'échappe."
                ),
                (
                    "Au retour du courant, jetez la viande, le poisson, les produits "
                    "laitiers, les plats cuisinés et les restes qui sont restés plus de "
                    "deux heures au-dessus de 4 °C. Ne goûtez jamais un aliment pour "
                    "savoir s'il est encore bon. Dans le doute, jetez-le."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Comblez les vides du congélateur",
                "text": (
                    "Remplissez les espaces vides de votre congélateur avec des "
                    "bouteilles d'eau en plastique, en laissant un peu de place en haut. "
                    "Un congélateur plein reste froid plus longtemps, et les bouteilles "
                    "congelées peuvent rafraîchir le réfrigérateur ou servir plus tard "
                    "d'eau potable."
                ),
            },
        ),
    ],
    "quiz": QUIZ,
}
