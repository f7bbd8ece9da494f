"""The French text of the demo lesson "pandemic"."""

from .fr_quiz import QUIZ

TEXTS = {
    "title": "Pandémies : vous protéger et protéger les autres",
    "summary": (
        "Une pandémie est une maladie qui se propage dans de nombreux pays à la fois. "
        "Découvrez les gestes du quotidien, éprouvés pendant la COVID-19, qui freinent sa "
        "propagation et permettent aux hôpitaux de soigner ceux qui en ont le plus "
        "besoin."
    ),
    "body": [
        (
            "text",
            [
                (
                    "On parle de pandémie quand une nouvelle maladie infectieuse se "
                    "propage rapidement dans de nombreux pays. Au début, la plupart des "
                    "gens ne sont pas protégés contre elle : beaucoup peuvent donc tomber "
                    "malades en même temps. Les hôpitaux, les pharmacies et les magasins "
                    "peuvent alors être très fortement sollicités."
                ),
                (
                    "La COVID-19 a montré que les gestes de chacun comptent. Des "
                    "habitudes simples freinent la propagation, protègent les personnes "
                    "les plus fragiles et aident les soignants à s'occuper des patients "
                    "les plus gravement atteints."
                ),
            ],
        ),
        (
            "heading",
            "Les gestes du quotidien qui freinent la propagation",
        ),
        (
            "checklist",
            {
                "title": "Des gestes qui protègent tout le monde",
                "items": [
                    (
                        "Lavez-vous les mains à l'eau et au savon pendant au moins 20 "
                        "secondes, surtout en rentrant chez vous et avant de manger."
                    ),
                    (
                        "Quand vous n'avez ni eau ni savon, utilisez du gel "
                        "hydroalcoolique et frottez jusqu'à ce que vos mains soient "
                        "sèches."
                    ),
                    (
                        "Toussez ou éternuez dans votre coude ou dans un mouchoir, puis "
                        "jetez le mouchoir et lavez-vous les mains."
                    ),
                    (
                        "Évitez de toucher vos yeux, votre nez et votre bouche avec des "
                        "mains non lavées."
                    ),
                    (
                        "Ouvrez régulièrement les fenêtres pour aérer les logements, les "
                        "salles de classe et les lieux de travail."
                    ),
                    (
                        "Portez un masque là où les autorités sanitaires le recommandent, "
                        "en couvrant le nez et la bouche."
                    ),
                    ("Restez chez vous quand vous êtes malade, même si vos symptômes sont légers."),
                    "Suivez les consignes officielles sur le dépistage et l'isolement.",
                    ("Faites-vous vacciner selon les recommandations des autorités sanitaires."),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Pourquoi l'air frais compte",
                "text": (
                    "De nombreux virus qui touchent le nez, la gorge et les poumons se "
                    "transmettent par de minuscules gouttelettes qui flottent dans l'air "
                    "des pièces fermées. Ouvrir grand les fenêtres quelques minutes "
                    "plusieurs fois par jour, ou utiliser une bonne ventilation, réduit "
                    "la quantité de virus dans l'air."
                ),
            },
        ),
        (
            "heading",
            "Garder les urgences pour les vraies urgences",
        ),
        (
            "text",
            [
                (
                    "Si vos symptômes sont légers, appelez d'abord votre médecin ou la "
                    "ligne d'information santé. On vous dira si vous avez besoin d'un "
                    "test, d'un traitement ou d'une consultation. Se rendre directement "
                    "aux urgences de l'hôpital avec des symptômes légers les encombre "
                    "davantage et risque de transmettre la maladie à des personnes déjà "
                    "affaiblies."
                ),
                (
                    "Gardez le numéro d'urgence 112 pour les vraies urgences, comme une "
                    "grande difficulté à respirer, une douleur dans la poitrine, ou une "
                    "personne confuse ou difficile à réveiller."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Pas d'achats de panique",
                "text": (
                    "Acheter bien plus que nécessaire vide les rayons et prive d'autres "
                    "personnes, souvent âgées ou modestes, de produits de base. Pendant "
                    "une pandémie, les magasins continuent généralement d'être "
                    "approvisionnés. Constituez vos réserves petit à petit avant une "
                    "crise, et achetez des quantités normales pendant celle-ci."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "Constituez peu à peu, sur plusieurs semaines, assez de "
                        "nourriture, d'eau et de produits ménagers pour rester deux "
                        "semaines chez vous."
                    ),
                    (
                        "Gardez une réserve de vos médicaments habituels, ainsi qu'un "
                        "thermomètre, un médicament contre la fièvre et des mouchoirs."
                    ),
                    (
                        "Convenez avec vos voisins, vos amis ou votre famille de qui fera "
                        "les courses pour qui si quelqu'un doit s'isoler."
                    ),
                    (
                        "Vérifiez que vos vaccinations sont à jour, selon les "
                        "recommandations des autorités sanitaires."
                    ),
                    (
                        "Notez les numéros de votre médecin, de votre pharmacie et de la "
                        "ligne d'information santé."
                    ),
                ],
                "during": [
                    (
                        "Suivez les consignes de santé publique, qui peuvent évoluer à "
                        "mesure que les experts en apprennent davantage sur la maladie."
                    ),
                    (
                        "Si vous vous sentez malade, restez chez vous et faites-vous "
                        "tester si les autorités sanitaires le conseillent."
                    ),
                    (
                        "Informez-vous auprès de sources fiables, comme les autorités "
                        "sanitaires et le service public de radio et de télévision."
                    ),
                    (
                        "Gardez le contact avec votre famille et vos amis par téléphone, "
                        "par messages ou en visio."
                    ),
                    (
                        "Gardez une routine quotidienne : sommeil régulier, repas, "
                        "activité physique et sorties quand elles sont autorisées."
                    ),
                ],
                "after": [
                    (
                        "Conservez les bons réflexes chaque hiver, comme vous laver les "
                        "mains et rester chez vous quand vous êtes malade."
                    ),
                    (
                        "Reconstituez vos réserves, en utilisant les produits avant leur "
                        "date de péremption."
                    ),
                    (
                        "Demandez de l'aide si l'inquiétude, la tristesse ou l'épuisement "
                        "persistent. En parler à un médecin ou à une ligne d'écoute est "
                        "un signe de force."
                    ),
                ],
            },
        ),
        (
            "heading",
            "Prendre soin de votre moral",
        ),
        (
            "text",
            [
                (
                    "L'isolement, l'inquiétude et les mauvaises nouvelles peuvent peser "
                    "sur tout le monde. Parlez de ce que vous ressentez avec des "
                    "personnes de confiance, et limitez le temps passé à suivre "
                    "l'actualité. Appelez les personnes qui vivent seules : une courte "
                    "conversation peut changer leur journée."
                ),
                (
                    "Les enfants ont besoin d'explications simples et honnêtes, et d'une "
                    "routine rassurante. Laissez-les poser des questions, et "
                    "rappelez-leur que beaucoup de gens travaillent pour protéger tout le "
                    "monde."
                ),
            ],
        ),
    ],
    "quiz": QUIZ,
}
