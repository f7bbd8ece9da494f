"""The French text of the demo lesson "heatwave"."""

from .fr_quiz import QUIZ

TEXTS = {
    "title": "Canicule : se protéger de la chaleur et veiller sur les autres",
    "summary": (
        "Une canicule, ce sont plusieurs jours et plusieurs nuits de chaleur "
        "inhabituelle. Découvrez qui est le plus exposé, comment garder la fraîcheur et "
        "comment reconnaître un coup de chaleur, qui est une urgence médicale."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Une canicule est une période de plusieurs jours où il fait beaucoup "
                    "plus chaud que d'habitude et où les nuits restent chaudes, elles "
                    "aussi. Le corps n'a pas le temps de se rafraîchir ni de récupérer, "
                    "et la fatigue s'accumule jour après jour."
                ),
                (
                    "La chaleur peut rendre malade n'importe qui, même des personnes "
                    "jeunes et en forme qui en font trop. Quelques gestes simples vous "
                    "protègent, vous et votre entourage, et ils sont d'autant plus "
                    "efficaces que chacun les adopte tôt."
                ),
            ],
        ),
        (
            "heading",
            "Les personnes les plus exposées",
        ),
        (
            "text",
            [
                (
                    "Certaines personnes demandent une attention particulière quand il "
                    "fait chaud : les personnes âgées, les bébés et les jeunes enfants, "
                    "les femmes enceintes et les personnes atteintes d'une maladie "
                    "chronique, par exemple du cœur, des poumons ou des reins. Certains "
                    "médicaments rendent aussi la chaleur plus difficile à supporter. Les "
                    "personnes qui travaillent dehors, qui font du sport ou qui vivent "
                    "seules courent, elles aussi, un risque plus élevé."
                ),
                (
                    "Les personnes âgées et les bébés ressentent souvent mal la soif, et "
                    "leur corps régule moins bien sa température. Une personne qui vit "
                    "seule peut tomber malade sans que personne ne s'en aperçoive. C'est "
                    "pourquoi il est si important de prendre des nouvelles des autres "
                    "chaque jour."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Ne laissez jamais personne dans une voiture garée",
                "text": (
                    "Même vitres entrouvertes, une voiture à l'arrêt peut devenir une "
                    "fournaise mortelle en quelques minutes. Ne laissez jamais un enfant, "
                    "une personne dépendante ou un animal seul dans une voiture, pas même "
                    "un instant."
                ),
            },
        ),
        (
            "heading",
            "Garder votre logement et votre corps au frais",
        ),
        (
            "checklist",
            {
                "title": "Les bons gestes chaque jour de canicule",
                "items": [
                    (
                        "Dans la journée, fermez volets, stores et rideaux, surtout sur "
                        "les fenêtres exposées au soleil."
                    ),
                    (
                        "Ouvrez les fenêtres la nuit et tôt le matin, quand l'air "
                        "extérieur est plus frais."
                    ),
                    (
                        "Buvez de l'eau régulièrement au cours de la journée, sans "
                        "attendre d'avoir soif."
                    ),
                    "Évitez l'alcool, qui fait perdre de l'eau au corps.",
                    ("Prenez des repas légers, avec des fruits et des légumes riches en eau."),
                    (
                        "Évitez le sport et les efforts physiques intenses aux heures les "
                        "plus chaudes."
                    ),
                    (
                        "Prenez des douches fraîches, ou mouillez-vous la peau et "
                        "installez-vous dans un courant d'air."
                    ),
                    (
                        "Portez des vêtements amples et de couleur claire, et un chapeau "
                        "quand vous sortez."
                    ),
                    (
                        "Si votre logement reste chaud, passez quelques heures dans un "
                        "lieu frais, comme une bibliothèque, un musée ou un centre "
                        "commercial."
                    ),
                ],
            },
        ),
        (
            "steps",
            {
                "before": [
                    "Suivez les prévisions météo et les alertes canicule des autorités.",
                    (
                        "Vérifiez que vous pouvez occulter vos fenêtres avec des volets, "
                        "des stores ou des rideaux."
                    ),
                    (
                        "Dressez la liste des personnes dont vous prendrez des nouvelles, "
                        "comme des voisins âgés ou des proches qui vivent seuls."
                    ),
                    (
                        "Demandez à votre médecin ou à votre pharmacien si votre santé ou "
                        "vos médicaments exigent des précautions par forte chaleur."
                    ),
                    "Repérez les lieux publics frais près de chez vous.",
                ],
                "during": [
                    (
                        "Restez à l'intérieur aux heures les plus chaudes, dans la pièce "
                        "la plus fraîche de votre logement."
                    ),
                    (
                        "Buvez régulièrement, et veillez à ce que les enfants et les "
                        "personnes âgées boivent aussi."
                    ),
                    (
                        "Appelez les personnes fragiles ou rendez-leur visite au moins "
                        "une fois par jour."
                    ),
                    (
                        "Surveillez les signes de malaise lié à la chaleur, chez vous "
                        "comme chez les autres."
                    ),
                    (
                        "Donnez à vos animaux de l'eau fraîche et un endroit ombragé pour "
                        "se reposer."
                    ),
                ],
                "after": [
                    (
                        "Continuez à boire et à vous reposer : le corps a besoin de temps "
                        "pour récupérer après plusieurs jours de chaleur."
                    ),
                    (
                        "Continuez à prendre des nouvelles des personnes qui ont été "
                        "malades pendant la canicule."
                    ),
                    (
                        "Réfléchissez à ce qui a été difficile et améliorez votre plan "
                        "pour la prochaine canicule."
                    ),
                ],
            },
        ),
        (
            "heading",
            "Épuisement dû à la chaleur et coup de chaleur",
        ),
        (
            "text",
            [
                (
                    "L'épuisement dû à la chaleur survient souvent en premier. Ses signes "
                    ": forte transpiration, fatigue, maux de tête, vertiges, nausées, "
                    "crampes et soif intense. Installez la personne dans un endroit "
                    "frais, aidez-la à s'allonger, desserrez ses vêtements, faites-la "
                    "boire par petites gorgées et rafraîchissez sa peau. Si elle ne va "
                    "pas mieux au bout de 30 minutes, ou si son état s'aggrave, demandez "
                    "une aide médicale."
                ),
                (
                    "Le coup de chaleur est une urgence vitale. La température du corps "
                    "devient très élevée. La personne peut être confuse ou avoir un "
                    "comportement inhabituel, avoir la peau chaude, sèche ou moite, faire "
                    "une convulsion ou perdre connaissance. Appelez immédiatement le "
                    "numéro d'urgence 112. En attendant les secours, mettez la personne à "
                    "l'ombre, retirez les vêtements en trop et rafraîchissez-la avec de "
                    "l'eau, des linges mouillés et un courant d'air. Ne donnez rien à "
                    "boire à une personne qui n'est pas pleinement consciente."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Veillons les uns sur les autres",
                "text": (
                    "Un bref appel ou un coup frappé à la porte chaque jour peut sauver "
                    "une vie. Si quelqu'un n'arrive pas à garder son logement au frais, "
                    "aidez-le à se rendre dans un lieu public frais. Pendant une "
                    "canicule, de nombreuses communes ouvrent des salles rafraîchies et "
                    "indiquent où elles se trouvent."
                ),
            },
        ),
    ],
    "quiz": QUIZ,
}
