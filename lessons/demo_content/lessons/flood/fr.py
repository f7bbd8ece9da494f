"""The French text of the demo lesson "flood"."""

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
    "quiz": [
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
                    "feedback": (
                        "Oui. Il suffit de 15 cm d'eau rapide pour faire tomber un adulte."
                    ),
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
                        "Exact. Cela réduit les risques d'électrocution, d'incendie et de "
                        "fuite de gaz."
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
                        "Remettre le courant pour faire marcher un chauffage et sécher "
                        "vite la maison"
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
    ],
}
