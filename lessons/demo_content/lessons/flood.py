"""Demo lesson: flood preparedness, before, during and after."""

LESSON = {
    "slug": "flood",
    "hazard": "flood",
    "pass_mark": 75,
    "content": {
        "en": {
            "title": "Floods: prepare, act, recover",
            "summary": (
                "Floods can happen fast, even far from a river. Know your risk, act early when a "
                "warning comes, and never walk or drive into flood water."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Floods are among the most common natural hazards. Rivers can burst "
                            "their banks, heavy rain can overwhelm drains in minutes, and storms "
                            "can push the sea inland. Flash floods can arrive with very little "
                            "warning."
                        ),
                        (
                            "Many flood deaths happen when people try to walk or drive through "
                            "flood water. Knowing your risk and acting early saves lives."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Know your risk and get ready",
                ),
                (
                    "text",
                    [
                        (
                            "Find out whether your home, school or workplace is in a flood-risk "
                            "area. Local authorities and national flood agencies often publish "
                            "flood maps online. Sign up for official warnings by app, text "
                            "message or email, and learn what each warning level means."
                        ),
                        (
                            "Plan how you would leave and where you would go, for example to "
                            "friends or family on higher ground. Know at least two routes, "
                            "because one of them may be under water."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "Prepare your home and family",
                        "items": [
                            "Check the flood maps for your area and sign up for official alerts",
                            "Prepare a 72-hour kit and keep it ready to grab",
                            (
                                "Keep important documents in a waterproof bag, and save digital "
                                "copies"
                            ),
                            "Learn how to switch off electricity, gas and water at the mains",
                            (
                                "Move valuables, photos and electrical items upstairs or onto "
                                "high shelves"
                            ),
                            "Plan your evacuation routes and a meeting place for your family",
                            "Decide where you would take your pets and move your car",
                            "Check that your home insurance covers flood damage",
                            "If you live in a risk area, keep sandbags or flood barriers ready",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Never enter flood water",
                        "text": (
                            "Just 15 cm of fast-moving water can knock an adult off their feet, "
                            "and 30 cm can float a car. Flood water can hide open manholes, holes "
                            "and sharp debris, and the road underneath may have washed away. Turn "
                            "around and find another way."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "When a warning is issued, follow official advice on the radio, "
                                "on TV or in your warning app."
                            ),
                            (
                                "Move people, pets, valuables and documents upstairs or to higher "
                                "ground."
                            ),
                            "Keep your kit, medicines and phone charger within reach.",
                            (
                                "If it is safe, switch off electricity and gas at the mains "
                                "before the water arrives."
                            ),
                        ],
                        "during": [
                            (
                                "Leave at once if the authorities tell you to evacuate, and use "
                                "the route they advise."
                            ),
                            "Move to higher ground or an upper floor. Never go into a basement.",
                            "Do not walk, swim or drive through flood water.",
                            "Stay away from rivers, streams and fallen power lines.",
                            (
                                "If you are trapped, go to the highest level that has a way out, "
                                "such as a window or roof, and call the emergency number."
                            ),
                        ],
                        "after": [
                            "Return home only when the authorities say it is safe.",
                            (
                                "Do not switch the power back on until a qualified electrician "
                                "has checked it."
                            ),
                            "Photograph the damage before you clean up, for your insurance claim.",
                            (
                                "Wear gloves and boots, then clean and disinfect everything the "
                                "water touched."
                            ),
                            "Follow local advice on whether tap water is safe to drink.",
                        ],
                    },
                ),
                (
                    "heading",
                    "Flood water is dirty and dangerous",
                ),
                (
                    "text",
                    [
                        (
                            "Flood water is often mixed with sewage, fuel and chemicals. Avoid "
                            "touching it. If you do, wash your skin with soap and clean water, "
                            "and cover any cuts. Keep children and pets out of it, and throw away "
                            "any food it has touched."
                        ),
                        (
                            "After a flood, mould can start to grow within a day or two on damp "
                            "walls, floors and furniture. It can cause breathing problems, "
                            "especially for children, older people and people with asthma. Open "
                            "the windows, remove wet carpets and dry everything as quickly as you "
                            "can."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Take photos before you clean",
                        "text": (
                            "Before you throw anything away, take photos and videos of the damage "
                            "and of each damaged item. Keep the receipts for repairs and "
                            "cleaning, and contact your insurer as soon as you can."
                        ),
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "true_false",
                    "prompt": (
                        "If the water on a road looks shallow, it is safe to drive through it "
                        "slowly."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "You cannot see how deep or fast the water is, or whether the "
                                "road beneath has washed away. Just 30 cm of moving water can "
                                "float a car."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Correct. Turn around and find another route, however shallow the "
                                "water looks."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Why is walking through flood water dangerous? Choose all that apply."
                    ),
                    "choices": [
                        {
                            "text": "Even shallow moving water can knock you over",
                            "correct": True,
                            "feedback": (
                                "Yes. Just 15 cm of fast-moving water can knock an adult off "
                                "their feet."
                            ),
                        },
                        {
                            "text": "It can hide open manholes, holes and sharp debris",
                            "correct": True,
                            "feedback": (
                                "Yes. You cannot see what is under muddy water, and a fall can be "
                                "fatal."
                            ),
                        },
                        {
                            "text": "It may contain sewage, fuel and chemicals",
                            "correct": True,
                            "feedback": (
                                "Yes. Contact with flood water can cause infections and skin "
                                "problems."
                            ),
                        },
                        {
                            "text": "It is only dangerous if it is deeper than your waist",
                            "correct": False,
                            "feedback": (
                                "No. Water that only reaches your ankles or knees can be strong "
                                "enough to sweep you away."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "A flood warning has been issued for your area, but there is no water "
                        "yet. What should you do?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Follow official advice, move valuables and documents upstairs, "
                                "and get ready to leave"
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. Acting early gives you time to protect your belongings "
                                "and to leave safely."
                            ),
                        },
                        {
                            "text": "Go down to the river to see how high the water is",
                            "correct": False,
                            "feedback": (
                                "Riverbanks can collapse and water can rise very fast. Stay away "
                                "and follow official updates."
                            ),
                        },
                        {
                            "text": "Wait until water comes into the house before doing anything",
                            "correct": False,
                            "feedback": (
                                "By then it may be too late to protect your belongings or to "
                                "leave safely."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "The authorities tell you to evacuate. Your house has two floors. What do "
                        "you do?"
                    ),
                    "choices": [
                        {
                            "text": "Stay on the upper floor because it is dry",
                            "correct": False,
                            "feedback": (
                                "An evacuation order means staying is dangerous. You could be cut "
                                "off without water, power or help for days."
                            ),
                        },
                        {
                            "text": (
                                "Leave at once with your kit, using the route the authorities "
                                "advise"
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. The recommended routes avoid flooded roads and lead to "
                                "safe places."
                            ),
                        },
                        {
                            "text": "Go down to the basement to protect your belongings",
                            "correct": False,
                            "feedback": (
                                "Basements flood first and can fill up in minutes. Never go into "
                                "one during a flood."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "If it is safe to do so, you should switch off electricity and gas at the "
                        "mains before flood water reaches your home."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": True,
                            "feedback": (
                                "Correct. This lowers the risk of electric shocks, fires and gas "
                                "leaks."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": False,
                            "feedback": (
                                "Water and electricity together can kill, and damaged gas pipes "
                                "can leak. Switch both off if you can do it without touching "
                                "water."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "When is it safe to go back home after a flood?",
                    "choices": [
                        {
                            "text": "As soon as the water has gone down",
                            "correct": False,
                            "feedback": (
                                "Buildings may be damaged, and electricity, gas and dirty mud can "
                                "still be dangerous."
                            ),
                        },
                        {
                            "text": "When the authorities say it is safe",
                            "correct": True,
                            "feedback": (
                                "Right. They check that roads, buildings and services are safe "
                                "before people return."
                            ),
                        },
                        {
                            "text": "Exactly 24 hours after the rain stops",
                            "correct": False,
                            "feedback": (
                                "There is no fixed waiting time. Rivers can keep rising after the "
                                "rain stops, so wait for the all-clear from the authorities."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "You are back home after a flood. Which actions are right? Choose all "
                        "that apply."
                    ),
                    "choices": [
                        {
                            "text": "Take photos of the damage before you clean",
                            "correct": True,
                            "feedback": "Yes. Your insurer will need evidence of the damage.",
                        },
                        {
                            "text": (
                                "Switch the electricity back on to run a heater and dry the house "
                                "quickly"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. Wet wiring can give deadly shocks. An electrician must check "
                                "it first."
                            ),
                        },
                        {
                            "text": "Wear gloves and boots while cleaning, and disinfect surfaces",
                            "correct": True,
                            "feedback": "Yes. Flood water can leave germs and chemicals behind.",
                        },
                        {
                            "text": "Leave wet carpets in place to dry slowly",
                            "correct": False,
                            "feedback": (
                                "No. Wet carpets hold moisture and help mould grow. Take them out "
                                "and dry the room quickly."
                            ),
                        },
                    ],
                },
            ],
        },
        "fr": {
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
                            (
                                "Suivez les consignes locales pour savoir si l'eau du robinet est "
                                "potable."
                            ),
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
                                "Elle peut contenir des eaux usées, du carburant et des produits "
                                "chimiques"
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
                            "text": (
                                "Aller au bord de la rivière pour voir à quelle hauteur est l'eau"
                            ),
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
                                "Il sera peut-être trop tard pour protéger vos biens ou partir en "
                                "sécurité."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Les autorités vous demandent d'évacuer. Votre maison a un étage. Que "
                        "faites-vous ?"
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
                                "Porter des gants et des bottes pour nettoyer, et désinfecter les "
                                "surfaces"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. L'eau d'inondation peut laisser derrière elle des microbes "
                                "et des produits chimiques."
                            ),
                        },
                        {
                            "text": (
                                "Laisser les moquettes mouillées en place pour qu'elles sèchent "
                                "lentement"
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
        },
        "uk": {
            "title": "Повінь: підготуватися, діяти, відновитися",
            "summary": (
                "Повінь може настати дуже швидко, навіть далеко від річки. Знайте, чи є для вас "
                "ризик, дійте одразу після попередження й ніколи не переходьте і не переїжджайте "
                "затоплені ділянки."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Повені – одна з найпоширеніших природних небезпек. Річки можуть "
                            "вийти з берегів, сильна злива за кілька хвилин може переповнити "
                            "зливову каналізацію, а шторм може погнати морську воду на сушу. "
                            "Раптові паводки можуть налетіти майже без попередження."
                        ),
                        (
                            "Багато людей гинуть під час повеней, коли намагаються перейти або "
                            "переїхати воду. Якщо знати про ризик і діяти завчасно, можна "
                            "врятувати життя."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Дізнайтеся про ризик і підготуйтеся",
                ),
                (
                    "text",
                    [
                        (
                            "З'ясуйте, чи розташовані ваш будинок, школа або місце роботи в зоні "
                            "ризику затоплення. Місцева влада й національні служби часто "
                            "публікують карти зон затоплення в інтернеті. Підпишіться на офіційні "
                            "попередження в застосунку, через SMS або електронну пошту й "
                            "дізнайтеся, що означає кожен рівень небезпеки."
                        ),
                        (
                            "Сплануйте, як ви будете виходити і куди підете, наприклад до друзів "
                            "чи родичів, які живуть вище. Знайте щонайменше два маршрути, бо один "
                            "із них може опинитися під водою."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "Підготуйте оселю та родину",
                        "items": [
                            (
                                "Перегляньте карти зон затоплення для вашої місцевості й "
                                "підпишіться на офіційні попередження"
                            ),
                            "Зберіть тривожний набір на 72 години й тримайте його напоготові",
                            (
                                "Зберігайте важливі документи у водонепроникному пакеті й зробіть "
                                "їхні цифрові копії"
                            ),
                            "Навчіться вимикати електрику, газ і воду на вводі в будинок",
                            (
                                "Перенесіть цінні речі, фотографії та електроприлади на верхній "
                                "поверх або на високі полиці"
                            ),
                            "Сплануйте шляхи евакуації та місце зустрічі для родини",
                            "Вирішіть, куди відвезти домашніх тварин і де поставити автомобіль",
                            "Перевірте, чи покриває ваше страхування житла збитки від повені",
                            (
                                "Якщо ви живете в зоні ризику, тримайте напоготові мішки з піском "
                                "або протипаводкові бар'єри"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ніколи не заходьте у воду",
                        "text": (
                            "Лише 15 см швидкої води досить, щоб збити дорослого з ніг, а 30 см – "
                            "щоб понести автомобіль. Вода може приховувати відкриті люки, ями та "
                            "гострі уламки, а дорогу під нею могло розмити. Поверніть назад і "
                            "знайдіть інший шлях."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Коли оголошують попередження, виконуйте офіційні вказівки, які "
                                "передають по радіо, телебаченню або в застосунку для оповіщень."
                            ),
                            (
                                "Перемістіть людей, тварин, цінні речі та документи на верхній "
                                "поверх або на підвищення."
                            ),
                            (
                                "Тримайте тривожний набір, ліки та зарядний пристрій для телефона "
                                "під рукою."
                            ),
                            (
                                "Якщо це безпечно, вимкніть електрику й перекрийте газ на вводі "
                                "ще до того, як прийде вода."
                            ),
                        ],
                        "during": [
                            (
                                "Негайно залиште домівку, якщо влада оголосила евакуацію, і "
                                "рухайтеся рекомендованим маршрутом."
                            ),
                            (
                                "Підніміться на підвищення або на верхній поверх. Ніколи не "
                                "спускайтеся в підвал."
                            ),
                            "Не переходьте, не перепливайте й не переїжджайте воду.",
                            (
                                "Тримайтеся подалі від річок, струмків і обірваних ліній "
                                "електропередачі."
                            ),
                            (
                                "Якщо ви опинилися в пастці, підніміться на найвищий рівень, "
                                "звідки є вихід, наприклад через вікно чи на дах, і зателефонуйте "
                                "за номером екстреної допомоги."
                            ),
                        ],
                        "after": [
                            "Повертайтеся додому лише тоді, коли влада скаже, що це безпечно.",
                            (
                                "Не вмикайте електрику, доки кваліфікований електрик не "
                                "перевірить проводку."
                            ),
                            (
                                "Сфотографуйте пошкодження до прибирання, щоб звернутися до "
                                "страхової компанії."
                            ),
                            (
                                "Вдягніть рукавички й гумові чоботи, а потім вимийте й "
                                "продезінфікуйте все, чого торкалася вода."
                            ),
                            "Дізнайтеся з місцевих повідомлень, чи безпечно пити воду з крана.",
                        ],
                    },
                ),
                (
                    "heading",
                    "Паводкова вода брудна й небезпечна",
                ),
                (
                    "text",
                    [
                        (
                            "Паводкова вода часто змішана з каналізаційними стоками, пальним і "
                            "хімікатами. Намагайтеся її не торкатися. Якщо це сталося, вимийте "
                            "шкіру чистою водою з милом й закрийте всі ранки. Не підпускайте до "
                            "неї дітей і тварин, а всю їжу, якої вона торкнулася, викиньте."
                        ),
                        (
                            "Після повені цвіль може з'явитися вже за день-два на вологих стінах, "
                            "підлозі й меблях. Вона може спричиняти проблеми з диханням, особливо "
                            "в дітей, літніх людей і людей з астмою. Відчиніть вікна, винесіть "
                            "мокрі килими й висушіть усе якомога швидше."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Сфотографуйте все перед прибиранням",
                        "text": (
                            "Перш ніж щось викидати, сфотографуйте й зніміть на відео пошкодження "
                            "та кожну зіпсовану річ. Зберігайте чеки за ремонт і прибирання та "
                            "якнайшвидше зв'яжіться зі страховою компанією."
                        ),
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "true_false",
                    "prompt": (
                        "Якщо вода на дорозі здається неглибокою, її можна безпечно повільно "
                        "переїхати."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": False,
                            "feedback": (
                                "Ви не бачите, наскільки вода глибока й швидка і чи не розмило "
                                "дорогу під нею. Лише 30 см рухомої води можуть понести "
                                "автомобіль."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Поверніть назад і знайдіть інший маршрут, хоч якою "
                                "мілкою здається вода."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Чому небезпечно йти через паводкову воду? Оберіть усі правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": "Навіть неглибока, але швидка вода може збити з ніг",
                            "correct": True,
                            "feedback": (
                                "Так. Лише 15 см швидкої води досить, щоб збити дорослого з ніг."
                            ),
                        },
                        {
                            "text": "Вона може приховувати відкриті люки, ями та гострі уламки",
                            "correct": True,
                            "feedback": (
                                "Так. Під каламутною водою нічого не видно, а падіння може бути "
                                "смертельним."
                            ),
                        },
                        {
                            "text": "У ній можуть бути каналізаційні стоки, пальне й хімікати",
                            "correct": True,
                            "feedback": (
                                "Так. Контакт із паводковою водою може спричинити інфекції та "
                                "проблеми зі шкірою."
                            ),
                        },
                        {
                            "text": "Вона небезпечна лише тоді, коли глибша за пояс",
                            "correct": False,
                            "feedback": (
                                "Ні. Навіть вода по щиколотки чи по коліна може бути достатньо "
                                "сильною, щоб вас понести."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Для вашої місцевості оголосили попередження про повінь, але води ще "
                        "немає. Що робити?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Виконувати офіційні вказівки, перенести цінні речі й документи "
                                "нагору та підготуватися до виходу"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Якщо діяти завчасно, ви встигнете вберегти майно й "
                                "безпечно піти."
                            ),
                        },
                        {
                            "text": "Піти до річки й подивитися, як високо піднялася вода",
                            "correct": False,
                            "feedback": (
                                "Береги можуть обвалитися, а вода – піднятися дуже швидко. "
                                "Тримайтеся подалі й стежте за офіційними повідомленнями."
                            ),
                        },
                        {
                            "text": "Нічого не робити, доки вода не зайде в будинок",
                            "correct": False,
                            "feedback": (
                                "Тоді може бути вже запізно рятувати майно чи безпечно залишати "
                                "дім."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Влада оголосила евакуацію. У вашому будинку два поверхи. Що ви робите?"
                    ),
                    "choices": [
                        {
                            "text": "Залишаюся на другому поверсі, бо там сухо",
                            "correct": False,
                            "feedback": (
                                "Наказ про евакуацію означає, що залишатися небезпечно. Ви можете "
                                "на кілька днів опинитися відрізаними від води, електрики й "
                                "допомоги."
                            ),
                        },
                        {
                            "text": (
                                "Негайно виходжу з тривожним набором маршрутом, який радить влада"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Рекомендовані маршрути оминають затоплені дороги й "
                                "ведуть до безпечних місць."
                            ),
                        },
                        {
                            "text": "Спускаюся в підвал, щоб уберегти речі",
                            "correct": False,
                            "feedback": (
                                "Підвали затоплює першими, і вони можуть заповнитися водою за "
                                "кілька хвилин. Ніколи не спускайтеся туди під час повені."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Якщо це безпечно, треба вимкнути електрику й перекрити газ на вводі, "
                        "перш ніж вода дійде до вашого житла."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Так менше ризику ураження струмом, пожежі та витоку "
                                "газу."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": False,
                            "feedback": (
                                "Вода й електрика разом можуть убити, а з пошкоджених газових "
                                "труб може витікати газ. Вимкніть обидва, якщо можете зробити це, "
                                "не торкаючись води."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Коли після повені можна безпечно повертатися додому?",
                    "choices": [
                        {
                            "text": "Щойно вода спаде",
                            "correct": False,
                            "feedback": (
                                "Будівлі можуть бути пошкоджені, а електрика, газ і брудний мул "
                                "досі можуть становити небезпеку."
                            ),
                        },
                        {
                            "text": "Коли влада скаже, що це безпечно",
                            "correct": True,
                            "feedback": (
                                "Правильно. Влада перевіряє, чи безпечні дороги, будівлі та "
                                "комунальні мережі, перш ніж люди повернуться."
                            ),
                        },
                        {
                            "text": "Рівно через 24 години після того, як припиниться дощ",
                            "correct": False,
                            "feedback": (
                                "Фіксованого терміну немає. Річки можуть підніматися й після "
                                "дощу, тож дочекайтеся дозволу влади."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Ви повернулися додому після повені. Які дії правильні? Оберіть усі "
                        "правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": "Сфотографувати пошкодження перед прибиранням",
                            "correct": True,
                            "feedback": "Так. Страховій компанії знадобляться докази збитків.",
                        },
                        {
                            "text": (
                                "Увімкнути електрику, щоб запустити обігрівач і швидко просушити "
                                "будинок"
                            ),
                            "correct": False,
                            "feedback": (
                                "Ні. Мокра проводка може смертельно вдарити струмом. Спершу її "
                                "має перевірити електрик."
                            ),
                        },
                        {
                            "text": (
                                "Прибирати в рукавичках і гумових чоботях та дезінфікувати поверхні"
                            ),
                            "correct": True,
                            "feedback": (
                                "Так. Паводкова вода може залишити по собі мікроби й хімікати."
                            ),
                        },
                        {
                            "text": "Залишити мокрі килими на місці, щоб вони повільно висохли",
                            "correct": False,
                            "feedback": (
                                "Ні. Мокрі килими тримають вологу й сприяють появі цвілі. "
                                "Винесіть їх і швидко просушіть кімнату."
                            ),
                        },
                    ],
                },
            ],
        },
        "ar": {
            "title": "الفيضانات: استعد، تصرّف، تعافَ",
            "summary": (
                "قد تحدث الفيضانات بسرعة، حتى بعيدًا عن الأنهار. اعرف مدى تعرّضك للخطر، وتصرّف "
                "مبكرًا عند صدور التحذير، ولا تدخل مياه الفيضان أبدًا سيرًا أو بالسيارة."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "الفيضانات من أكثر المخاطر الطبيعية شيوعًا. فقد تفيض الأنهار على "
                            "ضفافها، وقد تُغرق الأمطار الغزيرة شبكات التصريف في دقائق، وقد تدفع "
                            "العواصف مياه البحر نحو اليابسة. أما السيول المفاجئة فقد تصل دون "
                            "إنذار تقريبًا."
                        ),
                        (
                            "يقع كثير من وفيات الفيضانات عندما يحاول الناس عبور المياه سيرًا أو "
                            "بالسيارة. إن معرفة الخطر والتصرف مبكرًا ينقذان الأرواح."
                        ),
                    ],
                ),
                (
                    "heading",
                    "اعرف الخطر واستعد",
                ),
                (
                    "text",
                    [
                        (
                            "تحقّق مما إذا كان منزلك أو مدرستك أو مكان عملك يقع في منطقة معرّضة "
                            "للفيضانات. فكثيرًا ما تنشر السلطات المحلية والهيئات الوطنية خرائط "
                            "للفيضانات على الإنترنت. اشترك في التحذيرات الرسمية عبر تطبيق أو "
                            "رسائل نصية أو بريد إلكتروني، وتعرّف على معنى كل مستوى من مستويات "
                            "التحذير."
                        ),
                        (
                            "خطّط لكيفية المغادرة وإلى أين تذهب، مثلًا إلى أصدقاء أو أقارب يسكنون "
                            "في مكان أكثر ارتفاعًا. واعرف طريقين على الأقل، لأن أحدهما قد يكون "
                            "مغمورًا بالمياه."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "جهّز بيتك وأسرتك",
                        "items": [
                            "اطّلع على خرائط الفيضانات في منطقتك واشترك في التنبيهات الرسمية",
                            "أعدّ حقيبة طوارئ لمدة 72 ساعة وأبقِها جاهزة لتأخذها بسرعة",
                            "احفظ وثائقك المهمة في كيس مقاوم للماء، واحتفظ بنسخ رقمية منها",
                            "تعلّم كيف تقطع الكهرباء والغاز والماء من المصدر الرئيسي",
                            (
                                "انقل الأشياء الثمينة والصور والأجهزة الكهربائية إلى الطابق "
                                "العلوي أو إلى رفوف مرتفعة"
                            ),
                            "خطّط لطرق الإخلاء ولمكان تلتقي فيه أسرتك",
                            "حدّد إلى أين ستأخذ حيواناتك الأليفة وإلى أين ستنقل سيارتك",
                            "تأكّد من أن تأمين منزلك يغطي أضرار الفيضانات",
                            (
                                "إذا كنت تعيش في منطقة معرّضة للخطر، فاحتفظ بأكياس رمل أو حواجز "
                                "للفيضانات جاهزة"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "لا تدخل مياه الفيضان أبدًا",
                        "text": (
                            "يكفي 15 سنتيمترًا من المياه السريعة لإسقاط شخص بالغ، و30 سنتيمترًا "
                            "لجرف سيارة. وقد تخفي المياه فتحات صرف مكشوفة وحفرًا وحطامًا حادًا، "
                            "وربما انجرف الطريق تحتها. عُد أدراجك وابحث عن طريق آخر."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "عند صدور تحذير، اتّبع التوجيهات الرسمية عبر الراديو أو التلفاز "
                                "أو تطبيق التنبيهات."
                            ),
                            (
                                "انقل الأشخاص والحيوانات الأليفة والأشياء الثمينة والوثائق إلى "
                                "الطابق العلوي أو إلى مكان مرتفع."
                            ),
                            "أبقِ حقيبة الطوارئ والأدوية وشاحن الهاتف في متناول يدك.",
                            (
                                "إذا كان ذلك آمنًا، فاقطع الكهرباء والغاز من المصدر الرئيسي قبل "
                                "وصول المياه."
                            ),
                        ],
                        "during": [
                            "غادر فورًا إذا طلبت السلطات الإخلاء، واسلك الطريق الذي توصي به.",
                            "انتقل إلى مكان مرتفع أو إلى طابق علوي، ولا تنزل أبدًا إلى القبو.",
                            "لا تعبر مياه الفيضان سيرًا أو سباحةً أو بالسيارة.",
                            "ابتعد عن الأنهار والجداول وخطوط الكهرباء المتساقطة.",
                            (
                                "إذا حوصرت، فاصعد إلى أعلى مستوى له مخرج، مثل نافذة أو سطح، واتصل "
                                "برقم الطوارئ."
                            ),
                        ],
                        "after": [
                            "لا تعد إلى منزلك إلا عندما تعلن السلطات أن ذلك آمن.",
                            "لا تُعِد تشغيل الكهرباء قبل أن يفحصها كهربائي مؤهّل.",
                            "صوّر الأضرار قبل التنظيف لتقديم طلب التعويض إلى شركة التأمين.",
                            "ارتدِ قفازات وأحذية طويلة، ثم نظّف وعقّم كل ما لامسته المياه.",
                            "اتّبع التوجيهات المحلية لمعرفة ما إذا كانت مياه الصنبور صالحة للشرب.",
                        ],
                    },
                ),
                (
                    "heading",
                    "مياه الفيضان ملوّثة وخطرة",
                ),
                (
                    "text",
                    [
                        (
                            "كثيرًا ما تختلط مياه الفيضان بمياه الصرف الصحي والوقود والمواد "
                            "الكيميائية، فتجنّب لمسها. وإن لمستها، فاغسل جلدك بالصابون والماء "
                            "النظيف وغطِّ أي جروح. أبعد الأطفال والحيوانات الأليفة عنها، وتخلّص "
                            "من أي طعام لامسها."
                        ),
                        (
                            "بعد الفيضان، قد يبدأ العفن بالنمو خلال يوم أو يومين على الجدران "
                            "والأرضيات والأثاث الرطبة. وقد يسبب مشكلات في التنفس، خاصة لدى "
                            "الأطفال وكبار السن ومرضى الربو. افتح النوافذ، وأزل السجاد المبلل، "
                            "وجفّف كل شيء بأسرع ما يمكن."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "التقط الصور قبل التنظيف",
                        "text": (
                            "قبل أن تتخلص من أي شيء، التقط صورًا ومقاطع فيديو للأضرار ولكل غرض "
                            "تالف. واحتفظ بفواتير الإصلاح والتنظيف، وتواصل مع شركة التأمين في "
                            "أقرب وقت ممكن."
                        ),
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "true_false",
                    "prompt": "إذا بدت المياه على الطريق ضحلة، فمن الآمن عبورها ببطء بالسيارة.",
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": False,
                            "feedback": (
                                "لا يمكنك أن ترى عمق المياه أو سرعتها، ولا أن تعرف إن كان الطريق "
                                "تحتها قد انجرف. يكفي 30 سنتيمترًا من المياه الجارية لجرف سيارة."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": True,
                            "feedback": (
                                "صحيح. عُد أدراجك وابحث عن طريق آخر، مهما بدت المياه ضحلة."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": "لماذا يُعدّ المشي في مياه الفيضان خطرًا؟ اختر كل الإجابات الصحيحة.",
                    "choices": [
                        {
                            "text": "حتى المياه الضحلة الجارية قد تُسقطك",
                            "correct": True,
                            "feedback": (
                                "نعم. يكفي 15 سنتيمترًا من المياه السريعة لإسقاط شخص بالغ."
                            ),
                        },
                        {
                            "text": "قد تخفي فتحات صرف مكشوفة وحفرًا وحطامًا حادًا",
                            "correct": True,
                            "feedback": (
                                "نعم. لا يمكنك رؤية ما تحت المياه الموحلة، وقد يكون السقوط قاتلًا."
                            ),
                        },
                        {
                            "text": "قد تحتوي على مياه الصرف الصحي والوقود والمواد الكيميائية",
                            "correct": True,
                            "feedback": "نعم. ملامسة مياه الفيضان قد تسبب التهابات ومشكلات جلدية.",
                        },
                        {
                            "text": "لا تكون خطرة إلا إذا تجاوز عمقها مستوى الخصر",
                            "correct": False,
                            "feedback": (
                                "لا. المياه التي تصل إلى الكاحلين أو الركبتين فقط قد تكون قوية "
                                "بما يكفي لجرفك."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "صدر تحذير من الفيضان لمنطقتك، لكن المياه لم تصل بعد. ماذا يجب أن تفعل؟"
                    ),
                    "choices": [
                        {
                            "text": (
                                "اتّباع التوجيهات الرسمية، ونقل الأشياء الثمينة والوثائق إلى "
                                "الطابق العلوي، والاستعداد للمغادرة"
                            ),
                            "correct": True,
                            "feedback": (
                                "صحيح. التصرف المبكر يمنحك الوقت لحماية ممتلكاتك والمغادرة بأمان."
                            ),
                        },
                        {
                            "text": "الذهاب إلى النهر لمعرفة مستوى المياه",
                            "correct": False,
                            "feedback": (
                                "قد تنهار ضفاف النهر وقد ترتفع المياه بسرعة كبيرة. ابقَ بعيدًا "
                                "وتابع المستجدات الرسمية."
                            ),
                        },
                        {
                            "text": "الانتظار حتى تدخل المياه البيت قبل فعل أي شيء",
                            "correct": False,
                            "feedback": (
                                "عندها قد يكون الوقت قد فات لحماية ممتلكاتك أو المغادرة بأمان."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "طلبت السلطات منك الإخلاء، ومنزلك من طابقين. ماذا تفعل؟",
                    "choices": [
                        {
                            "text": "أبقى في الطابق العلوي لأنه جاف",
                            "correct": False,
                            "feedback": (
                                "أمر الإخلاء يعني أن البقاء خطر. قد تبقى معزولًا أيامًا دون ماء "
                                "أو كهرباء أو مساعدة."
                            ),
                        },
                        {
                            "text": "أغادر فورًا مع حقيبة الطوارئ عبر الطريق الذي توصي به السلطات",
                            "correct": True,
                            "feedback": (
                                "صحيح. تتجنب الطرق الموصى بها الشوارع المغمورة وتقود إلى أماكن "
                                "آمنة."
                            ),
                        },
                        {
                            "text": "أنزل إلى القبو لحماية أغراضي",
                            "correct": False,
                            "feedback": (
                                "الأقبية أول ما يغمره الماء، وقد تمتلئ خلال دقائق. لا تنزل إليها "
                                "أبدًا أثناء الفيضان."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "إذا كان ذلك آمنًا، فعليك قطع الكهرباء والغاز من المصدر الرئيسي قبل أن "
                        "تصل مياه الفيضان إلى منزلك."
                    ),
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": True,
                            "feedback": (
                                "صحيح. فهذا يقلل خطر الصعق الكهربائي والحرائق وتسرّب الغاز."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": False,
                            "feedback": (
                                "اجتماع الماء والكهرباء قد يقتل، وقد يتسرّب الغاز من الأنابيب "
                                "المتضررة. اقطع الاثنين إذا استطعت فعل ذلك دون لمس الماء."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "متى يكون من الآمن العودة إلى المنزل بعد الفيضان؟",
                    "choices": [
                        {
                            "text": "بمجرد انحسار المياه",
                            "correct": False,
                            "feedback": (
                                "قد تكون المباني متضررة، وقد تظل الكهرباء والغاز والوحل الملوّث "
                                "مصدر خطر."
                            ),
                        },
                        {
                            "text": "عندما تعلن السلطات أن ذلك آمن",
                            "correct": True,
                            "feedback": (
                                "صحيح. فالسلطات تتحقق من سلامة الطرق والمباني والخدمات قبل عودة "
                                "السكان."
                            ),
                        },
                        {
                            "text": "بعد 24 ساعة بالضبط من توقف المطر",
                            "correct": False,
                            "feedback": (
                                "لا توجد مدة انتظار ثابتة. قد تواصل الأنهار الارتفاع بعد توقف "
                                "المطر، فانتظر إذن السلطات."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "عدت إلى منزلك بعد الفيضان. ما التصرفات الصحيحة؟ اختر كل الإجابات الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "تصوير الأضرار قبل التنظيف",
                            "correct": True,
                            "feedback": "نعم. ستحتاج شركة التأمين إلى ما يثبت الأضرار.",
                        },
                        {
                            "text": "إعادة تشغيل الكهرباء لتشغيل مدفأة وتجفيف البيت بسرعة",
                            "correct": False,
                            "feedback": (
                                "لا. قد تسبب الأسلاك المبللة صعقًا قاتلًا، ويجب أن يفحصها كهربائي "
                                "أولًا."
                            ),
                        },
                        {
                            "text": (
                                "ارتداء القفازات والأحذية الطويلة أثناء التنظيف، وتعقيم الأسطح"
                            ),
                            "correct": True,
                            "feedback": "نعم. قد تخلّف مياه الفيضان وراءها جراثيم ومواد كيميائية.",
                        },
                        {
                            "text": "ترك السجاد المبلل في مكانه ليجف ببطء",
                            "correct": False,
                            "feedback": (
                                "لا. يحتفظ السجاد المبلل بالرطوبة ويساعد على نمو العفن. أخرجه "
                                "وجفّف الغرفة بسرعة."
                            ),
                        },
                    ],
                },
            ],
        },
    },
}
