"""Demo lesson: preparing for and coping with a long power cut."""

LESSON = {
    "slug": "power-outage",
    "hazard": "power_outage",
    "pass_mark": 75,
    "content": {
        "en": {
            "title": "Coping with a long power cut",
            "summary": (
                "A power cut can last for hours or even days, and it can also stop heating, water "
                "and phone networks. Learn how to prepare, stay safe and keep your food safe to "
                "eat."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Storms, heatwaves, ice, technical faults or damage to the grid can "
                            "cut off electricity. Most power cuts are short, but some last "
                            "several days. Without power, lights, fridges, lifts and card "
                            "payments stop working. Heating, water pumps and mobile networks may "
                            "fail too."
                        ),
                        (
                            "A little preparation makes a long power cut easier and much safer to "
                            "get through."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Get ready before the lights go out",
                ),
                (
                    "checklist",
                    {
                        "title": "Be ready for a power cut",
                        "items": [
                            "Torches and battery lamps in places you can find in the dark",
                            "Spare batteries in the right sizes",
                            "A radio that runs on batteries or a wind-up handle",
                            "A fully charged power bank for each phone",
                            "Bottled drinking water and food that needs no cooking",
                            "Warm clothes, blankets and sleeping bags",
                            "Some cash, as card readers and cash machines may not work",
                            "A paper list of important phone numbers",
                            (
                                "The phone number or website of your electricity network "
                                "operator, for reporting faults"
                            ),
                            "A backup plan for anyone at home who uses electric medical equipment",
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            "Learn how to open electric garage doors, gates and shutters by hand.",
                            (
                                "If someone relies on electric medical equipment, ask their "
                                "doctor or supplier about backup batteries. Register them with "
                                "your electricity company if it keeps a priority list."
                            ),
                            "Charge phones and power banks when a storm or heatwave is forecast.",
                        ],
                        "during": [
                            (
                                "Check whether your neighbours have power. If only your home is "
                                "affected, check your fuse box."
                            ),
                            (
                                "Report the power cut to your network operator, and listen to the "
                                "radio for updates."
                            ),
                            (
                                "Unplug computers, TVs and other sensitive appliances to protect "
                                "them from a surge when the power returns. Leave one lamp "
                                "switched on so you know when it is back."
                            ),
                            "Keep the fridge and freezer closed.",
                            (
                                "Save your phone battery: dim the screen, close apps, and send "
                                "text messages rather than calling."
                            ),
                            (
                                "Check on older neighbours, people who live alone and people who "
                                "use medical equipment."
                            ),
                        ],
                        "after": [
                            (
                                "Plug appliances back in one at a time, to avoid overloading the "
                                "network."
                            ),
                            "Check the food in your fridge and freezer before you eat it.",
                            (
                                "Recharge phones, power banks and batteries, and replace what you "
                                "used."
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Carbon monoxide can kill",
                        "text": (
                            "Never use a generator, barbecue, camping stove, or gas or paraffin "
                            "heater indoors, in a garage or close to doors and windows. They give "
                            "off carbon monoxide, a gas you cannot see or smell that can kill "
                            "within minutes. If you get a headache, feel dizzy or sick, get into "
                            "fresh air at once and call the emergency number."
                        ),
                    },
                ),
                (
                    "heading",
                    "Light, warmth and getting around",
                ),
                (
                    "text",
                    [
                        (
                            "Use torches and battery lamps rather than candles, which start many "
                            "house fires. To stay warm, wear several layers, gather in one room "
                            "and keep doors and curtains closed. In hot weather, stay in the "
                            "shade and drink plenty of water."
                        ),
                        (
                            "If the tap water stops, keep your bottled water for drinking. Avoid "
                            "lifts, as you could get stuck. Traffic lights may be off: if you "
                            "must drive, go slowly, take great care at junctions and follow any "
                            "police officers directing traffic."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Keeping food safe",
                ),
                (
                    "text",
                    [
                        (
                            "A closed fridge keeps food cold for about 4 hours. A full freezer "
                            "keeps food frozen for about 48 hours if you keep the door shut, and "
                            "a half-full one for about 24 hours. Each time you open the door, "
                            "cold air escapes."
                        ),
                        (
                            "When the power comes back, throw away meat, fish, dairy products, "
                            "cooked dishes and leftovers that have been above 4 °C for more than "
                            "two hours. Never taste food to find out if it is safe. When in "
                            "doubt, throw it out."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Fill the gaps in your freezer",
                        "text": (
                            "Fill empty spaces in your freezer with plastic bottles of water, "
                            "leaving a little room at the top. A full freezer stays cold for "
                            "longer, and the frozen bottles can cool your fridge or become "
                            "drinking water later."
                        ),
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "The power went off two hours ago. What is the best way to keep the food "
                        "in your fridge cold?"
                    ),
                    "choices": [
                        {
                            "text": "Open the door now and then to check the food",
                            "correct": False,
                            "feedback": (
                                "Each time you open the door, cold air escapes and the food warms "
                                "up faster."
                            ),
                        },
                        {
                            "text": "Keep the door closed as much as possible",
                            "correct": True,
                            "feedback": (
                                "Right. A fridge that stays closed keeps food cold for about 4 "
                                "hours."
                            ),
                        },
                        {
                            "text": "Turn the fridge to its coldest setting",
                            "correct": False,
                            "feedback": (
                                "Without electricity the setting makes no difference. Keeping the "
                                "door shut is what helps."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "You can safely run a petrol generator in your garage as long as the "
                        "garage door is open."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "An open door does not let enough fumes out. Carbon monoxide can "
                                "build up in the garage and seep into the house."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Correct. A generator must only run outdoors, well away from "
                                "doors, windows and air vents."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Which of these are safe ways to get light and stay warm during a power "
                        "cut? Choose all that apply."
                    ),
                    "choices": [
                        {
                            "text": "A torch or a battery lamp",
                            "correct": True,
                            "feedback": "Yes. It gives light without any risk of fire.",
                        },
                        {
                            "text": "A gas barbecue in the living room",
                            "correct": False,
                            "feedback": (
                                "Never. A barbecue gives off carbon monoxide, which can kill when "
                                "it builds up indoors."
                            ),
                        },
                        {
                            "text": "Wearing several layers and staying together in one room",
                            "correct": True,
                            "feedback": (
                                "Yes. Layers trap body heat, and one closed room stays warmer "
                                "than the whole home."
                            ),
                        },
                        {
                            "text": "Candles in every room",
                            "correct": False,
                            "feedback": (
                                "No. Candles are a major cause of house fires during power cuts."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Why should you unplug computers and TVs during a power cut?",
                    "choices": [
                        {
                            "text": "To protect them from a surge when the power comes back",
                            "correct": True,
                            "feedback": (
                                "Right. A sudden surge when the supply returns can damage "
                                "sensitive electronics."
                            ),
                        },
                        {
                            "text": "To make the power come back sooner",
                            "correct": False,
                            "feedback": (
                                "Unplugging does not speed up repairs. It only protects your "
                                "devices."
                            ),
                        },
                        {
                            "text": "Because they keep using electricity during the cut",
                            "correct": False,
                            "feedback": (
                                "Without power they use nothing. The danger is the surge when the "
                                "supply returns."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Your freezer was full and has stayed closed. The power went off 30 hours "
                        "ago. What is most likely?"
                    ),
                    "choices": [
                        {
                            "text": "The food is probably still frozen",
                            "correct": True,
                            "feedback": (
                                "Right. A full freezer that stays closed keeps food frozen for "
                                "about 48 hours. Check for ice crystals before you use the food."
                            ),
                        },
                        {
                            "text": "All the food has thawed and must be thrown away",
                            "correct": False,
                            "feedback": (
                                "Not yet. A full, closed freezer keeps food frozen for much "
                                "longer than 30 hours."
                            ),
                        },
                        {
                            "text": "Frozen food stays safe however long the power is off",
                            "correct": False,
                            "feedback": (
                                "No. After about two days even a full freezer warms up, and the "
                                "food can go off."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Your elderly neighbour lives alone and uses an electric oxygen machine. "
                        "What should you do during a long power cut? Choose all that apply."
                    ),
                    "choices": [
                        {
                            "text": "Visit or phone her to check that she is all right",
                            "correct": True,
                            "feedback": (
                                "Yes. People who depend on electric medical equipment are at high "
                                "risk during a power cut."
                            ),
                        },
                        {
                            "text": (
                                "Help her contact her doctor or equipment supplier, and call the "
                                "emergency number if her health is in danger"
                            ),
                            "correct": True,
                            "feedback": (
                                "Yes. They can provide backup equipment or move her somewhere "
                                "with power."
                            ),
                        },
                        {
                            "text": "Wait until the power returns, since it is not your business",
                            "correct": False,
                            "feedback": (
                                "Her life may depend on that machine. A quick check could save it."
                            ),
                        },
                        {
                            "text": "Lend her your camping gas heater to use in her flat",
                            "correct": False,
                            "feedback": (
                                "No. A gas heater indoors can release deadly carbon monoxide, and "
                                "flames near oxygen can start a fire."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "When the power returns, you find cooked chicken that has been warm in "
                        "the fridge for many hours. What should you do?"
                    ),
                    "choices": [
                        {
                            "text": "Smell or taste it to check",
                            "correct": False,
                            "feedback": (
                                "Germs that make you ill often do not change how food smells or "
                                "tastes. Tasting it is risky."
                            ),
                        },
                        {
                            "text": "Reheat it well and eat it",
                            "correct": False,
                            "feedback": (
                                "Some germs make toxins that heat does not destroy, so reheating "
                                "does not make it safe."
                            ),
                        },
                        {
                            "text": "Throw it away",
                            "correct": True,
                            "feedback": (
                                "Right. When in doubt, throw it out: perishable food kept above 4 "
                                "°C for more than two hours may be unsafe."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "When traffic lights are out, you should drive slowly and take extra care "
                        "at every junction."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": True,
                            "feedback": (
                                "Correct. Without working lights, drivers may not agree on who "
                                "goes first, so slow down and be ready to stop."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": False,
                            "feedback": (
                                "Junctions without working lights are dangerous. Drive slowly and "
                                "follow any police officers directing traffic."
                            ),
                        },
                    ],
                },
            ],
        },
        "fr": {
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
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Le courant est coupé depuis deux heures. Quelle est la meilleure façon "
                        "de garder au froid les aliments du réfrigérateur ?"
                    ),
                    "choices": [
                        {
                            "text": "Ouvrir la porte de temps en temps pour vérifier les aliments",
                            "correct": False,
                            "feedback": (
                                "Chaque fois que vous ouvrez la porte, l'air froid s'échappe et "
                                "les aliments se réchauffent plus vite."
                            ),
                        },
                        {
                            "text": "Garder la porte fermée autant que possible",
                            "correct": True,
                            "feedback": (
                                "Exact. Un réfrigérateur qui reste fermé garde les aliments au "
                                "froid environ 4 heures."
                            ),
                        },
                        {
                            "text": "Régler le réfrigérateur sur la position la plus froide",
                            "correct": False,
                            "feedback": (
                                "Sans électricité, le réglage ne change rien. C'est le fait de "
                                "garder la porte fermée qui aide."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Vous pouvez faire tourner sans danger un groupe électrogène à essence "
                        "dans votre garage, à condition que la porte du garage soit ouverte."
                    ),
                    "choices": [
                        {
                            "text": "Vrai",
                            "correct": False,
                            "feedback": (
                                "Une porte ouverte ne laisse pas sortir assez de gaz. Le monoxyde "
                                "de carbone peut s'accumuler dans le garage et s'infiltrer dans "
                                "la maison."
                            ),
                        },
                        {
                            "text": "Faux",
                            "correct": True,
                            "feedback": (
                                "Exact. Un groupe électrogène ne doit fonctionner qu'à "
                                "l'extérieur, loin des portes, des fenêtres et des bouches "
                                "d'aération."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Parmi ces solutions, lesquelles permettent de s'éclairer et de rester au "
                        "chaud sans danger pendant une coupure ? Cochez toutes les bonnes "
                        "réponses."
                    ),
                    "choices": [
                        {
                            "text": "Une lampe de poche ou une lampe à piles",
                            "correct": True,
                            "feedback": "Oui. Elle éclaire sans aucun risque d'incendie.",
                        },
                        {
                            "text": "Un barbecue à gaz dans le salon",
                            "correct": False,
                            "feedback": (
                                "Jamais. Un barbecue dégage du monoxyde de carbone, qui peut tuer "
                                "quand il s'accumule à l'intérieur."
                            ),
                        },
                        {
                            "text": (
                                "Porter plusieurs couches de vêtements et rester ensemble dans "
                                "une seule pièce"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Les couches de vêtements retiennent la chaleur du corps, et "
                                "une seule pièce fermée reste plus chaude que tout le logement."
                            ),
                        },
                        {
                            "text": "Des bougies dans chaque pièce",
                            "correct": False,
                            "feedback": (
                                "Non. Les bougies sont une cause majeure d'incendies pendant les "
                                "coupures de courant."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Pourquoi faut-il débrancher les ordinateurs et les téléviseurs pendant "
                        "une coupure de courant ?"
                    ),
                    "choices": [
                        {
                            "text": "Pour les protéger d'une surtension au retour du courant",
                            "correct": True,
                            "feedback": (
                                "Exact. Une brusque surtension au rétablissement du courant peut "
                                "endommager les appareils électroniques sensibles."
                            ),
                        },
                        {
                            "text": "Pour que le courant revienne plus vite",
                            "correct": False,
                            "feedback": (
                                "Débrancher vos appareils n'accélère pas les réparations. Cela "
                                "les protège seulement."
                            ),
                        },
                        {
                            "text": (
                                "Parce qu'ils continuent de consommer de l'électricité pendant la "
                                "coupure"
                            ),
                            "correct": False,
                            "feedback": (
                                "Sans courant, ils ne consomment rien. Le danger, c'est la "
                                "surtension au retour du courant."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Votre congélateur était plein et il est resté fermé. Le courant est "
                        "coupé depuis 30 heures. Qu'est-ce qui est le plus probable ?"
                    ),
                    "choices": [
                        {
                            "text": "Les aliments sont sans doute encore congelés",
                            "correct": True,
                            "feedback": (
                                "Exact. Un congélateur plein qui reste fermé garde les aliments "
                                "congelés environ 48 heures. Vérifiez qu'il reste des cristaux de "
                                "glace avant de les utiliser."
                            ),
                        },
                        {
                            "text": "Tous les aliments ont décongelé et doivent être jetés",
                            "correct": False,
                            "feedback": (
                                "Pas encore. Un congélateur plein et fermé garde les aliments "
                                "congelés bien plus de 30 heures."
                            ),
                        },
                        {
                            "text": (
                                "Les aliments congelés restent sains quelle que soit la durée de "
                                "la coupure"
                            ),
                            "correct": False,
                            "feedback": (
                                "Non. Après environ deux jours, même un congélateur plein se "
                                "réchauffe, et les aliments peuvent se gâter."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Votre voisine âgée vit seule et utilise un appareil à oxygène "
                        "électrique. Que devez-vous faire pendant une longue coupure ? Cochez "
                        "toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": "Lui rendre visite ou l'appeler pour vérifier qu'elle va bien",
                            "correct": True,
                            "feedback": (
                                "Oui. Les personnes qui dépendent d'un appareil médical "
                                "électrique sont très exposées pendant une coupure."
                            ),
                        },
                        {
                            "text": (
                                "L'aider à contacter son médecin ou le fournisseur de l'appareil, "
                                "et appeler le numéro d'urgence si sa santé est en danger"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Ils peuvent fournir un appareil de secours ou l'emmener "
                                "dans un lieu où il y a du courant."
                            ),
                        },
                        {
                            "text": "Attendre le retour du courant, car cela ne vous regarde pas",
                            "correct": False,
                            "feedback": (
                                "Sa vie peut dépendre de cet appareil. Une simple visite pourrait "
                                "la sauver."
                            ),
                        },
                        {
                            "text": (
                                "Lui prêter votre chauffage d'appoint au gaz pour son appartement"
                            ),
                            "correct": False,
                            "feedback": (
                                "Non. Un chauffage au gaz à l'intérieur peut dégager du monoxyde "
                                "de carbone mortel, et une flamme près de l'oxygène peut "
                                "provoquer un incendie."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Au retour du courant, vous trouvez du poulet cuit resté pendant des "
                        "heures dans un réfrigérateur tiède. Que faites-vous ?"
                    ),
                    "choices": [
                        {
                            "text": "Le sentir ou le goûter pour vérifier",
                            "correct": False,
                            "feedback": (
                                "Les microbes qui rendent malade ne changent souvent ni l'odeur "
                                "ni le goût des aliments. Goûter est risqué."
                            ),
                        },
                        {
                            "text": "Le réchauffer à fond et le manger",
                            "correct": False,
                            "feedback": (
                                "Certains microbes produisent des toxines que la chaleur ne "
                                "détruit pas : le réchauffer ne le rend donc pas sûr."
                            ),
                        },
                        {
                            "text": "Le jeter",
                            "correct": True,
                            "feedback": (
                                "Exact. Dans le doute, jetez : un aliment périssable resté plus "
                                "de deux heures au-dessus de 4 °C peut être dangereux."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Quand les feux de circulation sont éteints, il faut rouler lentement et "
                        "redoubler de prudence à chaque carrefour."
                    ),
                    "choices": [
                        {
                            "text": "Vrai",
                            "correct": True,
                            "feedback": (
                                "Exact. Sans feux, les conducteurs ne savent pas toujours qui "
                                "doit passer en premier : ralentissez et soyez prêt à vous "
                                "arrêter."
                            ),
                        },
                        {
                            "text": "Faux",
                            "correct": False,
                            "feedback": (
                                "Les carrefours sans feux sont dangereux. Roulez lentement et "
                                "suivez les indications des policiers qui règlent la circulation."
                            ),
                        },
                    ],
                },
            ],
        },
        "uk": {
            "title": "Як упоратися з тривалим відключенням світла",
            "summary": (
                "Відключення електроенергії може тривати години або навіть дні, а разом зі "
                "світлом можуть зникнути опалення, вода та мобільний зв'язок. Дізнайтеся, як "
                "підготуватися, вберегти себе та зберегти продукти придатними до їжі."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Бурі, спека, ожеледь, технічні несправності або пошкодження мережі "
                            "можуть залишити вас без електроенергії. Здебільшого відключення "
                            "короткі, але деякі тривають кілька днів. Без електрики не працюють "
                            "освітлення, холодильники, ліфти й оплата карткою. Також можуть "
                            "зникнути опалення, водопостачання та мобільний зв'язок."
                        ),
                        (
                            "Трохи підготовки – і тривале відключення пережити буде легше й "
                            "набагато безпечніше."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Підготуйтеся, поки світло ще є",
                ),
                (
                    "checklist",
                    {
                        "title": "Готовність до відключення світла",
                        "items": [
                            "Ліхтарики та лампи на батарейках там, де їх легко знайти в темряві",
                            "Запасні батарейки потрібних розмірів",
                            "Радіоприймач, що працює від батарейок або ручного динамо",
                            "Повністю заряджений павербанк для кожного телефона",
                            "Питна вода в пляшках і їжа, яку не треба готувати",
                            "Теплий одяг, ковдри та спальні мішки",
                            "Трохи готівки, бо платіжні термінали й банкомати можуть не працювати",
                            "Паперовий список важливих номерів телефонів",
                            (
                                "Номер телефону або сайт оператора електромереж, щоб повідомляти "
                                "про аварії"
                            ),
                            (
                                "Запасний план для кожного в родині, хто користується електричним "
                                "медичним обладнанням"
                            ),
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Навчіться відчиняти вручну електричні гаражні ворота, брами та "
                                "ролети."
                            ),
                            (
                                "Якщо хтось залежить від електричного медичного обладнання, "
                                "запитайте в лікаря або постачальника про резервний акумулятор. "
                                "Повідомте про цю людину постачальника електроенергії, якщо він "
                                "веде список пріоритетних споживачів."
                            ),
                            "Заряджайте телефони й павербанки, коли прогнозують бурю або спеку.",
                        ],
                        "during": [
                            (
                                "Перевірте, чи є світло в сусідів. Якщо знеструмлено лише ваше "
                                "житло, перевірте електрощиток."
                            ),
                            (
                                "Повідомте про відключення оператора електромереж і слухайте "
                                "радіо, щоб знати новини."
                            ),
                            (
                                "Вимкніть із розеток комп'ютери, телевізори та іншу чутливу "
                                "техніку, щоб захистити її від стрибка напруги, коли світло "
                                "повернеться. Залиште одну лампу ввімкненою, щоб помітити, коли "
                                "з'явиться електрика."
                            ),
                            "Тримайте холодильник і морозильник зачиненими.",
                            (
                                "Заощаджуйте заряд телефона: зменште яскравість екрана, закрийте "
                                "застосунки й надсилайте повідомлення замість дзвінків."
                            ),
                            (
                                "Навідайтеся до літніх сусідів, людей, які живуть самі, і тих, "
                                "хто користується медичним обладнанням."
                            ),
                        ],
                        "after": [
                            "Вмикайте прилади в розетки по одному, щоб не перевантажити мережу.",
                            "Перевірте продукти в холодильнику й морозильнику, перш ніж їх їсти.",
                            (
                                "Зарядіть телефони, павербанки й батарейки та поповніть "
                                "використані запаси."
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Чадний газ може вбити",
                        "text": (
                            "Ніколи не користуйтеся генератором, мангалом, туристичною плиткою чи "
                            "газовим або гасовим обігрівачем у приміщенні, у гаражі або біля "
                            "дверей і вікон. Вони виділяють чадний газ: він не має ні кольору, ні "
                            "запаху і може вбити за кілька хвилин. Якщо у вас болить голова, "
                            "паморочиться або нудить, негайно вийдіть на свіже повітря й "
                            "зателефонуйте за номером екстреної допомоги."
                        ),
                    },
                ),
                (
                    "heading",
                    "Світло, тепло та пересування",
                ),
                (
                    "text",
                    [
                        (
                            "Користуйтеся ліхтариками й лампами на батарейках, а не свічками, які "
                            "спричиняють багато пожеж. Щоб зігрітися, вдягніть кілька шарів "
                            "одягу, зберіться в одній кімнаті й тримайте двері та штори "
                            "зачиненими. У спеку тримайтеся в тіні й пийте багато води."
                        ),
                        (
                            "Якщо в крані зникла вода, залиште воду в пляшках для пиття. Не "
                            "користуйтеся ліфтами, бо можете в них застрягти. Світлофори можуть "
                            "не працювати: якщо вам доводиться їхати, рухайтеся повільно, будьте "
                            "дуже уважні на перехрестях і виконуйте вказівки поліцейських, які "
                            "регулюють рух."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Як зберегти продукти безпечними",
                ),
                (
                    "text",
                    [
                        (
                            "Зачинений холодильник зберігає продукти холодними приблизно 4 "
                            "години. Повний морозильник тримає продукти замороженими близько 48 "
                            "годин, якщо його не відчиняти, а заповнений наполовину – близько 24 "
                            "годин. Щоразу, коли ви відчиняєте дверцята, холодне повітря виходить "
                            "назовні."
                        ),
                        (
                            "Коли світло повернеться, викиньте м'ясо, рибу, молочні продукти, "
                            "готові страви й залишки їжі, які понад дві години були за "
                            "температури вище 4 °C. Ніколи не куштуйте їжу, щоб перевірити, чи "
                            "вона не зіпсувалася. Якщо сумніваєтеся – викиньте."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Заповніть порожнечі в морозильнику",
                        "text": (
                            "Заповніть вільне місце в морозильнику пластиковими пляшками з водою, "
                            "залишивши в них трохи місця зверху. Повний морозильник довше тримає "
                            "холод, а заморожені пляшки можуть охолоджувати холодильник або "
                            "згодом стати питною водою."
                        ),
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Світла немає вже дві години. Як найкраще зберегти холод у холодильнику?"
                    ),
                    "choices": [
                        {
                            "text": "Час від часу відчиняти дверцята, щоб перевірити продукти",
                            "correct": False,
                            "feedback": (
                                "Щоразу, коли ви відчиняєте дверцята, холодне повітря виходить, і "
                                "продукти швидше нагріваються."
                            ),
                        },
                        {
                            "text": "Якомога менше відчиняти дверцята",
                            "correct": True,
                            "feedback": (
                                "Правильно. Зачинений холодильник зберігає продукти холодними "
                                "приблизно 4 години."
                            ),
                        },
                        {
                            "text": "Перемкнути холодильник на найхолодніший режим",
                            "correct": False,
                            "feedback": (
                                "Без електрики режим нічого не змінює. Допомагає лише те, що "
                                "дверцята залишаються зачиненими."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Бензиновий генератор можна безпечно запускати в гаражі, якщо ворота "
                        "гаража відчинені."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": False,
                            "feedback": (
                                "Через відчинені ворота виходить недостатньо вихлопних газів. "
                                "Чадний газ може накопичитися в гаражі й потрапити в будинок."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Генератор можна запускати лише надворі, далеко від "
                                "дверей, вікон і вентиляційних отворів."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Які з цих способів безпечні, щоб мати світло й зігрітися під час "
                        "відключення? Оберіть усі правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": "Ліхтарик або лампа на батарейках",
                            "correct": True,
                            "feedback": "Так. Вони дають світло без жодного ризику пожежі.",
                        },
                        {
                            "text": "Газовий гриль у вітальні",
                            "correct": False,
                            "feedback": (
                                "Ніколи. Гриль виділяє чадний газ, який може вбити, коли "
                                "накопичується в приміщенні."
                            ),
                        },
                        {
                            "text": "Кілька шарів одягу та перебування разом в одній кімнаті",
                            "correct": True,
                            "feedback": (
                                "Так. Шари одягу зберігають тепло тіла, а в одній зачиненій "
                                "кімнаті тепліше, ніж у всій оселі."
                            ),
                        },
                        {
                            "text": "Свічки в кожній кімнаті",
                            "correct": False,
                            "feedback": (
                                "Ні. Свічки – одна з головних причин пожеж під час відключень "
                                "світла."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Навіщо під час відключення виймати з розеток комп'ютери й телевізори?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Щоб захистити їх від стрибка напруги, коли світло повернеться"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Різкий стрибок напруги під час відновлення живлення "
                                "може пошкодити чутливу електроніку."
                            ),
                        },
                        {
                            "text": "Щоб світло повернулося швидше",
                            "correct": False,
                            "feedback": (
                                "Якщо вимкнути прилади, ремонт не пришвидшиться. Це лише захищає "
                                "техніку."
                            ),
                        },
                        {
                            "text": "Бо вони й далі споживають електрику під час відключення",
                            "correct": False,
                            "feedback": (
                                "Без живлення вони нічого не споживають. Небезпека – у стрибку "
                                "напруги, коли живлення відновиться."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Ваш морозильник був повний і весь час залишався зачиненим. Світла немає "
                        "вже 30 годин. Що найімовірніше?"
                    ),
                    "choices": [
                        {
                            "text": "Продукти, найпевніше, ще заморожені",
                            "correct": True,
                            "feedback": (
                                "Правильно. Повний зачинений морозильник тримає продукти "
                                "замороженими близько 48 годин. Перш ніж їх використати, "
                                "перевірте, чи є кристалики льоду."
                            ),
                        },
                        {
                            "text": "Усі продукти розморозилися, і їх треба викинути",
                            "correct": False,
                            "feedback": (
                                "Ще ні. Повний зачинений морозильник тримає продукти замороженими "
                                "набагато довше, ніж 30 годин."
                            ),
                        },
                        {
                            "text": (
                                "Заморожені продукти залишаються безпечними, хоч скільки триває "
                                "відключення"
                            ),
                            "correct": False,
                            "feedback": (
                                "Ні. Приблизно за два дні навіть повний морозильник нагрівається, "
                                "і продукти можуть зіпсуватися."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Ваша літня сусідка живе сама й користується електричним кисневим "
                        "апаратом. Що вам варто зробити під час тривалого відключення? Оберіть "
                        "усі правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Навідатися або зателефонувати, щоб переконатися, що з нею все "
                                "гаразд"
                            ),
                            "correct": True,
                            "feedback": (
                                "Так. Люди, які залежать від електричного медичного обладнання, "
                                "під час відключення в дуже великій небезпеці."
                            ),
                        },
                        {
                            "text": (
                                "Допомогти їй зв'язатися з лікарем або постачальником апарата та "
                                "викликати екстрену допомогу, якщо її здоров'я під загрозою"
                            ),
                            "correct": True,
                            "feedback": (
                                "Так. Вони можуть надати резервне обладнання або перевезти її "
                                "туди, де є електрика."
                            ),
                        },
                        {
                            "text": "Чекати, поки світло повернеться, бо це не ваша справа",
                            "correct": False,
                            "feedback": (
                                "Від цього апарата може залежати її життя. Короткий візит може "
                                "його врятувати."
                            ),
                        },
                        {
                            "text": "Позичити їй туристичний газовий обігрівач для квартири",
                            "correct": False,
                            "feedback": (
                                "Ні. Газовий обігрівач у приміщенні може виділяти смертельно "
                                "небезпечний чадний газ, а відкритий вогонь поруч із киснем може "
                                "спричинити пожежу."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Коли світло повернулося, ви знайшли варену курку, яка багато годин "
                        "пролежала в теплому холодильнику. Що робити?"
                    ),
                    "choices": [
                        {
                            "text": "Понюхати або скуштувати, щоб перевірити",
                            "correct": False,
                            "feedback": (
                                "Мікроби, через які можна захворіти, часто не змінюють ні запаху, "
                                "ні смаку їжі. Куштувати ризиковано."
                            ),
                        },
                        {
                            "text": "Добре розігріти й з'їсти",
                            "correct": False,
                            "feedback": (
                                "Деякі мікроби виробляють токсини, які не руйнуються від "
                                "нагрівання, тож розігрівання не робить їжу безпечною."
                            ),
                        },
                        {
                            "text": "Викинути",
                            "correct": True,
                            "feedback": (
                                "Правильно. Якщо сумніваєтеся – викиньте: швидкопсувні продукти, "
                                "які понад дві години були за температури вище 4 °C, можуть бути "
                                "небезпечними."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Коли світлофори не працюють, треба їхати повільно й бути особливо "
                        "уважним на кожному перехресті."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Без світлофорів водії можуть по-різному розуміти, хто "
                                "має проїжджати першим, тож пригальмуйте й будьте готові "
                                "зупинитися."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": False,
                            "feedback": (
                                "Перехрестя без світлофорів небезпечні. Їдьте повільно й "
                                "виконуйте вказівки поліцейських, які регулюють рух."
                            ),
                        },
                    ],
                },
            ],
        },
        "ar": {
            "title": "كيف تتعامل مع انقطاع طويل للكهرباء",
            "summary": (
                "قد يستمر انقطاع الكهرباء ساعات أو حتى أيامًا، وقد تتوقف معه التدفئة والمياه "
                "وشبكات الهاتف. تعلّم كيف تستعد وتحافظ على سلامتك وتُبقي طعامك صالحًا للأكل."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "قد تؤدي العواصف وموجات الحر والجليد والأعطال الفنية أو الأضرار في "
                            "الشبكة إلى انقطاع الكهرباء. معظم الانقطاعات قصيرة، لكن بعضها يستمر "
                            "عدة أيام. فبدون كهرباء تتوقف الإنارة والثلاجات والمصاعد والدفع "
                            "بالبطاقات، وقد تتعطل أيضًا التدفئة ومضخات المياه وشبكات الهاتف "
                            "المحمول."
                        ),
                        "القليل من الاستعداد يجعل تجاوز الانقطاع الطويل أسهل وأكثر أمانًا بكثير.",
                    ],
                ),
                (
                    "heading",
                    "استعد قبل أن تنطفئ الأنوار",
                ),
                (
                    "checklist",
                    {
                        "title": "كن مستعدًا لانقطاع الكهرباء",
                        "items": [
                            "مصابيح يدوية ومصابيح تعمل بالبطاريات في أماكن يسهل إيجادها في الظلام",
                            "بطاريات احتياطية بالأحجام المناسبة",
                            "راديو يعمل بالبطاريات أو بذراع تدوير يدوي",
                            "شاحن متنقل مشحون بالكامل لكل هاتف",
                            "مياه شرب معبأة وطعام لا يحتاج إلى طهي",
                            "ملابس دافئة وبطانيات وأكياس نوم",
                            (
                                "قليل من النقود، لأن أجهزة الدفع بالبطاقات والصرافات الآلية قد لا "
                                "تعمل"
                            ),
                            "قائمة ورقية بأرقام الهواتف المهمة",
                            "رقم هاتف مشغّل شبكة الكهرباء أو موقعه الإلكتروني للإبلاغ عن الأعطال",
                            "خطة بديلة لكل من يستخدم في البيت جهازًا طبيًا كهربائيًا",
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "تعلّم كيف تفتح يدويًا أبواب المرآب والبوابات والستائر المعدنية "
                                "الكهربائية."
                            ),
                            (
                                "إذا كان أحد أفراد أسرتك يعتمد على جهاز طبي كهربائي، فاسأل طبيبه "
                                "أو مورّد الجهاز عن بطارية احتياطية. وسجّله لدى شركة الكهرباء إن "
                                "كانت لديها قائمة بالعملاء ذوي الأولوية."
                            ),
                            "اشحن الهواتف والشواحن المتنقلة عند التنبؤ بعاصفة أو موجة حر.",
                        ],
                        "during": [
                            (
                                "تحقّق مما إذا كانت الكهرباء مقطوعة عند جيرانك أيضًا. وإذا كان "
                                "بيتك وحده المتأثر، فافحص لوحة الكهرباء."
                            ),
                            "أبلغ مشغّل الشبكة عن الانقطاع، واستمع إلى الراديو لمتابعة المستجدات.",
                            (
                                "افصل الحواسيب وأجهزة التلفاز وغيرها من الأجهزة الحساسة لحمايتها "
                                "من ارتفاع مفاجئ في التيار عند عودته. واترك مصباحًا واحدًا في وضع "
                                "التشغيل لتعرف متى تعود الكهرباء."
                            ),
                            "أبقِ باب الثلاجة والمجمّد مغلقًا.",
                            (
                                "وفّر بطارية هاتفك: خفّف سطوع الشاشة، وأغلق التطبيقات، وأرسل "
                                "رسائل نصية بدلًا من الاتصال."
                            ),
                            (
                                "اطمئن على الجيران المسنّين ومن يعيشون بمفردهم ومن يستخدمون أجهزة "
                                "طبية."
                            ),
                        ],
                        "after": [
                            "أعد توصيل الأجهزة واحدًا تلو الآخر حتى لا تُحمّل الشبكة فوق طاقتها.",
                            "افحص الطعام في الثلاجة والمجمّد قبل أن تأكله.",
                            "أعد شحن الهواتف والشواحن المتنقلة والبطاريات، وعوّض ما استخدمته.",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "أول أكسيد الكربون قد يقتل",
                        "text": (
                            "لا تستخدم أبدًا مولّدًا كهربائيًا أو شوّاية أو موقد تخييم أو مدفأة "
                            "تعمل بالغاز أو الكيروسين داخل البيت أو في المرآب أو قرب الأبواب "
                            "والنوافذ. فهي تطلق غاز أول أكسيد الكربون، وهو غاز لا لون له ولا "
                            "رائحة وقد يقتل في دقائق. إذا شعرت بصداع أو دوار أو غثيان، فاخرج "
                            "فورًا إلى الهواء الطلق واتصل برقم الطوارئ."
                        ),
                    },
                ),
                (
                    "heading",
                    "الإنارة والتدفئة والتنقّل",
                ),
                (
                    "text",
                    [
                        (
                            "استخدم المصابيح اليدوية والمصابيح التي تعمل بالبطاريات بدلًا من "
                            "الشموع التي تسبب كثيرًا من الحرائق. وللبقاء دافئًا، ارتدِ عدة طبقات "
                            "من الملابس، واجتمع مع أسرتك في غرفة واحدة، وأبقِ الأبواب والستائر "
                            "مغلقة. وفي الطقس الحار، ابقَ في الظل واشرب الكثير من الماء."
                        ),
                        (
                            "إذا انقطعت مياه الصنبور، فاحتفظ بالمياه المعبأة للشرب. وتجنّب "
                            "المصاعد لأنك قد تعلق فيها. وقد تكون إشارات المرور متوقفة: فإن اضطررت "
                            "إلى القيادة، فسِر ببطء، وكن شديد الحذر عند التقاطعات، واتبع توجيهات "
                            "رجال الشرطة الذين ينظّمون السير."
                        ),
                    ],
                ),
                (
                    "heading",
                    "حافظ على سلامة طعامك",
                ),
                (
                    "text",
                    [
                        (
                            "تحافظ الثلاجة المغلقة على برودة الطعام نحو 4 ساعات. ويُبقي المجمّد "
                            "الممتلئ الطعام مجمّدًا نحو 48 ساعة إذا بقي بابه مغلقًا، أما المجمّد "
                            "الممتلئ إلى النصف فنحو 24 ساعة. وفي كل مرة تفتح فيها الباب، يتسرّب "
                            "الهواء البارد."
                        ),
                        (
                            "عند عودة الكهرباء، تخلّص من اللحوم والأسماك ومنتجات الألبان والأطباق "
                            "المطبوخة وبقايا الطعام التي بقيت أكثر من ساعتين في حرارة تزيد على 4 "
                            "درجات مئوية. لا تتذوّق الطعام أبدًا لتعرف إن كان سليمًا. وعند الشك، "
                            "تخلّص منه."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "املأ الفراغات في المجمّد",
                        "text": (
                            "املأ المساحات الفارغة في المجمّد بقوارير ماء بلاستيكية، مع ترك فراغ "
                            "صغير في أعلاها. فالمجمّد الممتلئ يبقى باردًا مدة أطول، ويمكن "
                            "للقوارير المجمّدة أن تبرّد الثلاجة أو تصبح ماءً للشرب لاحقًا."
                        ),
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "انقطعت الكهرباء منذ ساعتين. ما أفضل طريقة للحفاظ على برودة الطعام في "
                        "الثلاجة؟"
                    ),
                    "choices": [
                        {
                            "text": "فتح الباب من حين لآخر لتفقّد الطعام",
                            "correct": False,
                            "feedback": (
                                "في كل مرة تفتح فيها الباب يتسرّب الهواء البارد، فيسخن الطعام أسرع."
                            ),
                        },
                        {
                            "text": "إبقاء الباب مغلقًا قدر الإمكان",
                            "correct": True,
                            "feedback": (
                                "صحيح. الثلاجة التي تبقى مغلقة تحافظ على برودة الطعام نحو 4 ساعات."
                            ),
                        },
                        {
                            "text": "ضبط الثلاجة على أبرد درجة",
                            "correct": False,
                            "feedback": (
                                "دون كهرباء لا يغيّر الضبط شيئًا. ما يساعد فعلًا هو إبقاء الباب مغلقًا."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "يمكنك تشغيل مولّد يعمل بالبنزين في المرآب بأمان ما دام باب المرآب مفتوحًا."
                    ),
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": False,
                            "feedback": (
                                "الباب المفتوح لا يسمح بخروج ما يكفي من العوادم. قد يتراكم أول "
                                "أكسيد الكربون في المرآب ويتسرّب إلى البيت."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": True,
                            "feedback": (
                                "صحيح. يجب تشغيل المولّد في الخارج فقط، بعيدًا عن الأبواب "
                                "والنوافذ وفتحات التهوية."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "أيّ من هذه الطرق آمنة للإنارة والتدفئة أثناء انقطاع الكهرباء؟ اختر كل "
                        "الإجابات الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "مصباح يدوي أو مصباح يعمل بالبطاريات",
                            "correct": True,
                            "feedback": "نعم. فهو يعطي الضوء دون أي خطر لنشوب حريق.",
                        },
                        {
                            "text": "شوّاية غاز في غرفة الجلوس",
                            "correct": False,
                            "feedback": (
                                "أبدًا. تطلق الشوّاية أول أكسيد الكربون الذي قد يقتل عندما يتراكم "
                                "داخل المكان."
                            ),
                        },
                        {
                            "text": "ارتداء عدة طبقات من الملابس والبقاء معًا في غرفة واحدة",
                            "correct": True,
                            "feedback": (
                                "نعم. تحبس طبقات الملابس حرارة الجسم، وتبقى الغرفة الواحدة "
                                "المغلقة أدفأ من البيت كله."
                            ),
                        },
                        {
                            "text": "شموع في كل غرفة",
                            "correct": False,
                            "feedback": (
                                "لا. الشموع من الأسباب الرئيسية للحرائق أثناء انقطاع الكهرباء."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "لماذا يجب فصل الحواسيب وأجهزة التلفاز أثناء انقطاع الكهرباء؟",
                    "choices": [
                        {
                            "text": "لحمايتها من ارتفاع مفاجئ في التيار عند عودة الكهرباء",
                            "correct": True,
                            "feedback": (
                                "صحيح. قد يُتلف الارتفاع المفاجئ في التيار عند عودته الأجهزة "
                                "الإلكترونية الحساسة."
                            ),
                        },
                        {
                            "text": "لكي تعود الكهرباء أسرع",
                            "correct": False,
                            "feedback": "فصل الأجهزة لا يسرّع الإصلاحات، بل يحمي أجهزتك فقط.",
                        },
                        {
                            "text": "لأنها تظل تستهلك الكهرباء أثناء الانقطاع",
                            "correct": False,
                            "feedback": (
                                "دون كهرباء لا تستهلك شيئًا. الخطر هو الارتفاع المفاجئ في التيار "
                                "عند عودته."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "كان المجمّد ممتلئًا وبقي مغلقًا، وقد انقطعت الكهرباء منذ 30 ساعة. ما الأرجح؟"
                    ),
                    "choices": [
                        {
                            "text": "الطعام على الأرجح ما زال مجمّدًا",
                            "correct": True,
                            "feedback": (
                                "صحيح. يُبقي المجمّد الممتلئ والمغلق الطعام مجمّدًا نحو 48 ساعة. "
                                "تحقّق من وجود بلورات ثلج قبل استخدامه."
                            ),
                        },
                        {
                            "text": "ذاب كل الطعام ويجب التخلص منه",
                            "correct": False,
                            "feedback": (
                                "ليس بعد. يُبقي المجمّد الممتلئ والمغلق الطعام مجمّدًا مدة أطول "
                                "بكثير من 30 ساعة."
                            ),
                        },
                        {
                            "text": "يبقى الطعام المجمّد سليمًا مهما طال انقطاع الكهرباء",
                            "correct": False,
                            "feedback": (
                                "لا. بعد نحو يومين يسخن حتى المجمّد الممتلئ، وقد يفسد الطعام."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "جارتك المسنّة تعيش بمفردها وتستخدم جهاز أكسجين كهربائيًا. ماذا عليك أن "
                        "تفعل أثناء انقطاع طويل للكهرباء؟ اختر كل الإجابات الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "زيارتها أو الاتصال بها للاطمئنان عليها",
                            "correct": True,
                            "feedback": (
                                "نعم. الأشخاص الذين يعتمدون على أجهزة طبية كهربائية معرّضون لخطر "
                                "كبير أثناء الانقطاع."
                            ),
                        },
                        {
                            "text": (
                                "مساعدتها على التواصل مع طبيبها أو مورّد الجهاز، والاتصال برقم "
                                "الطوارئ إذا كانت صحتها في خطر"
                            ),
                            "correct": True,
                            "feedback": (
                                "نعم. يمكنهم توفير جهاز احتياطي أو نقلها إلى مكان تتوفر فيه "
                                "الكهرباء."
                            ),
                        },
                        {
                            "text": "الانتظار حتى تعود الكهرباء، فالأمر لا يعنيك",
                            "correct": False,
                            "feedback": "قد تتوقف حياتها على هذا الجهاز، وزيارة قصيرة قد تنقذها.",
                        },
                        {
                            "text": "إعارتها مدفأة التخييم التي تعمل بالغاز لتستخدمها في شقتها",
                            "correct": False,
                            "feedback": (
                                "لا. قد تطلق مدفأة الغاز داخل البيت أول أكسيد الكربون القاتل، "
                                "واللهب قرب الأكسجين قد يسبب حريقًا."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "عند عودة الكهرباء، وجدت دجاجًا مطبوخًا بقي ساعات طويلة في ثلاجة دافئة. "
                        "ماذا تفعل؟"
                    ),
                    "choices": [
                        {
                            "text": "أشمّه أو أتذوّقه للتحقق",
                            "correct": False,
                            "feedback": (
                                "الجراثيم المسببة للمرض كثيرًا ما لا تغيّر رائحة الطعام أو طعمه، "
                                "والتذوّق فيه خطر."
                            ),
                        },
                        {
                            "text": "أسخّنه جيدًا وآكله",
                            "correct": False,
                            "feedback": (
                                "بعض الجراثيم تفرز سمومًا لا تتلفها الحرارة، لذلك لا يجعله "
                                "التسخين آمنًا."
                            ),
                        },
                        {
                            "text": "أتخلّص منه",
                            "correct": True,
                            "feedback": (
                                "صحيح. عند الشك تخلّص منه: الطعام سريع الفساد الذي بقي أكثر من "
                                "ساعتين في حرارة تزيد على 4 درجات مئوية قد يكون غير آمن."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "عندما تتوقف إشارات المرور، يجب القيادة ببطء وتوخّي حذر إضافي عند كل تقاطع."
                    ),
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": True,
                            "feedback": (
                                "صحيح. دون إشارات عاملة قد يختلف السائقون حول من يمرّ أولًا، لذا "
                                "خفّف السرعة وكن مستعدًا للتوقف."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": False,
                            "feedback": (
                                "التقاطعات دون إشارات عاملة خطرة. قُد ببطء واتبع توجيهات رجال "
                                "الشرطة الذين ينظّمون السير."
                            ),
                        },
                    ],
                },
            ],
        },
    },
}
