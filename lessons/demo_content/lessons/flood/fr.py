"""The French text of the demo lesson "flood"."""

from .fr_quiz import QUIZ

TEXTS = {
    "title": "Inondations : se préparer, agir, se relever",
    "summary": (
        "Une inondation peut survenir très vite, même loin d'une rivière. Connaissez "
        "votre risque, agissez tôt dès qu'une alerte est donnée, et n'entrez jamais dans "
        "l'eau, ni à pied ni en voiture."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Les inondations font partie des risques naturels les plus fréquents. "
                    "Les rivières peuvent déborder, de fortes pluies peuvent saturer les "
                    "égouts en quelques minutes, et les tempêtes peuvent pousser la mer "
                    "vers l'intérieur des terres. Les crues soudaines peuvent arriver "
                    "presque sans prévenir."
                ),
                (
                    "Beaucoup de victimes d'inondations sont des personnes qui ont tenté "
                    "de traverser l'eau à pied ou en voiture. Connaître son risque et "
                    "agir tôt sauve des vies."
                ),
            ],
        ),
        (
            "heading",
            "Connaître son risque et se préparer",
        ),
        (
            "text",
            [
                (
                    "Renseignez-vous pour savoir si votre logement, votre école ou votre "
                    "lieu de travail se trouve en zone inondable. Les autorités locales "
                    "et les services nationaux publient souvent en ligne des cartes des "
                    "zones inondables. Inscrivez-vous aux alertes officielles par "
                    "application, SMS ou e-mail, et apprenez ce que signifie chaque "
                    "niveau d'alerte."
                ),
                (
                    "Prévoyez comment vous partiriez et où vous iriez, par exemple chez "
                    "des amis ou de la famille qui habitent plus en hauteur. Connaissez "
                    "au moins deux itinéraires, car l'un d'eux pourrait être sous l'eau."
                ),
            ],
        ),
        (
            "checklist",
            {
                "title": "Préparer votre logement et votre famille",
                "items": [
                    (
                        "Consultez les cartes des zones inondables de votre secteur et "
                        "inscrivez-vous aux alertes officielles"
                    ),
                    "Préparez un kit pour 72 heures, prêt à être emporté",
                    (
                        "Rangez vos documents importants dans une pochette étanche et "
                        "gardez-en des copies numériques"
                    ),
                    "Apprenez à couper l'électricité, le gaz et l'eau au compteur",
                    (
                        "Montez à l'étage ou sur des étagères hautes les objets de "
                        "valeur, les photos et les appareils électriques"
                    ),
                    (
                        "Prévoyez vos itinéraires d'évacuation et un lieu de rendez-vous "
                        "pour la famille"
                    ),
                    "Décidez où emmener vos animaux et où mettre votre voiture à l'abri",
                    (
                        "Vérifiez que votre assurance habitation couvre les dégâts dus "
                        "aux inondations"
                    ),
                    (
                        "Si vous vivez en zone à risque, gardez à portée de main des sacs "
                        "de sable ou des barrières anti-inondation"
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "N'entrez jamais dans l'eau",
                "text": (
                    "Il suffit de 15 cm d'eau rapide pour faire tomber un adulte, et de "
                    "30 cm pour emporter une voiture. L'eau peut cacher des bouches "
                    "d'égout ouvertes, des trous et des débris coupants, et la route peut "
                    "avoir été emportée en dessous. Faites demi-tour et trouvez un autre "
                    "chemin."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "Dès qu'une alerte est donnée, suivez les consignes officielles à "
                        "la radio, à la télévision ou sur votre application d'alerte."
                    ),
                    (
                        "Mettez les personnes, les animaux, les objets de valeur et les "
                        "documents à l'étage ou en hauteur."
                    ),
                    (
                        "Gardez votre kit, vos médicaments et le chargeur de votre "
                        "téléphone à portée de main."
                    ),
                    (
                        "Si vous pouvez le faire sans danger, coupez l'électricité et le "
                        "gaz au compteur avant l'arrivée de l'eau."
                    ),
                ],
                "during": [
                    (
                        "Partez immédiatement si les autorités ordonnent l'évacuation, et "
                        "empruntez l'itinéraire qu'elles indiquent."
                    ),
                    (
                        "Gagnez les hauteurs ou un étage. N'allez jamais dans une cave ou "
                        "un sous-sol."
                    ),
                    "Ne traversez pas l'eau, ni à pied, ni à la nage, ni en voiture.",
                    (
                        "Éloignez-vous des rivières, des ruisseaux et des lignes "
                        "électriques tombées au sol."
                    ),
                    (
                        "Si vous êtes bloqué, montez au niveau le plus haut qui offre une "
                        "sortie, comme une fenêtre ou le toit, et appelez le numéro "
                        "d'urgence."
                    ),
                ],
                "after": [
                    "Ne rentrez chez vous que lorsque les autorités le permettent.",
                    (
                        "Ne remettez pas le courant avant qu'un électricien qualifié ait "
                        "vérifié l'installation."
                    ),
                    (
                        "Photographiez les dégâts avant de nettoyer, pour votre "
                        "déclaration d'assurance."
                    ),
                    (
                        "Portez des gants et des bottes, puis nettoyez et désinfectez "
                        "tout ce que l'eau a touché."
                    ),
                    ("Suivez les consignes locales pour savoir si l'eau du robinet est potable."),
                ],
            },
        ),
        (
            "heading",
            "L'eau d'inondation est sale et dangereuse",
        ),
        (
            "text",
            [
                (
                    "L'eau d'inondation est souvent mêlée d'eaux usées, de carburant et "
                    "de produits chimiques. Évitez de la toucher. Si cela arrive, "
                    "lavez-vous la peau avec du savon et de l'eau propre, et couvrez "
                    "toute plaie. Tenez les enfants et les animaux à l'écart, et jetez "
                    "tous les aliments qu'elle a touchés."
                ),
                (
                    "Après une inondation, des moisissures peuvent apparaître en un ou "
                    "deux jours sur les murs, les sols et les meubles humides. Elles "
                    "peuvent provoquer des problèmes respiratoires, surtout chez les "
                    "enfants, les personnes âgées et les personnes asthmatiques. Ouvrez "
                    "les fenêtres, retirez les moquettes et tapis mouillés, et faites "
                    "tout sécher le plus vite possible."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Prenez des photos avant de nettoyer",
                "text": (
                    "Avant de jeter quoi que ce soit, photographiez et filmez les dégâts "
                    "et chaque objet abîmé. Gardez les factures de réparation et de "
                    "nettoyage, et contactez votre assureur dès que possible."
                ),
            },
        ),
    ],
    "quiz": QUIZ,
}
