"""Demo lesson: pandemics and infectious disease, with lessons learnt from COVID-19."""

LESSON = {
    "slug": "pandemic",
    "hazard": "pandemic",
    "pass_mark": 75,
    "content": {
        "en": {
            "title": "Pandemics: protect yourself and others",
            "summary": (
                "A pandemic is a disease that spreads across many countries at once. Learn the "
                "everyday habits, tested during COVID-19, that slow the spread and keep hospitals "
                "free for those who need them most."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "A pandemic happens when a new infectious disease spreads quickly "
                            "across many countries. At first, most people have no protection "
                            "against it, so many can fall ill at the same time. Hospitals, "
                            "pharmacies and shops can come under heavy pressure."
                        ),
                        (
                            "COVID-19 showed that the actions of each person add up. Simple "
                            "habits slow the spread, protect people who are more vulnerable and "
                            "help health workers care for the sickest patients."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Everyday habits that slow the spread",
                ),
                (
                    "checklist",
                    {
                        "title": "Habits that protect everyone",
                        "items": [
                            (
                                "Wash your hands with soap and water for at least 20 seconds, "
                                "especially after being outside and before eating."
                            ),
                            (
                                "When there is no soap and water, use hand gel and rub it in "
                                "until your hands are dry."
                            ),
                            (
                                "Cough or sneeze into your elbow or a tissue, then throw the "
                                "tissue away and wash your hands."
                            ),
                            "Avoid touching your eyes, nose and mouth with unwashed hands.",
                            (
                                "Open the windows regularly to let fresh air into homes, "
                                "classrooms and workplaces."
                            ),
                            (
                                "Wear a mask where the health authorities advise it, covering "
                                "both your nose and mouth."
                            ),
                            "Stay at home when you are sick, even if your symptoms are mild.",
                            "Follow the official instructions on testing and isolation.",
                            "Get vaccinated as recommended by the health authorities.",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Why fresh air matters",
                        "text": (
                            "Many viruses that affect the nose, throat and lungs spread through "
                            "tiny droplets that float in the air of closed rooms. Opening the "
                            "windows wide for a few minutes several times a day, or using good "
                            "ventilation, lowers the amount of virus in the air."
                        ),
                    },
                ),
                (
                    "heading",
                    "Keep emergency services for emergencies",
                ),
                (
                    "text",
                    [
                        (
                            "If you have mild symptoms, call your doctor or the health advice "
                            "line first. They will tell you whether you need a test, treatment or "
                            "a visit. Going straight to the hospital emergency department with "
                            "mild symptoms adds to the crowding and can spread the disease to "
                            "people who are already weak."
                        ),
                        (
                            "Keep the emergency number 112 for real emergencies, such as serious "
                            "difficulty breathing, pain in the chest, or a person who is confused "
                            "or hard to wake."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Do not hoard",
                        "text": (
                            "Buying much more than you need empties the shelves and leaves "
                            "others, often older or poorer people, without basic items. Shops "
                            "usually keep being supplied during a pandemic. Build your stock "
                            "slowly before a crisis, and buy normal amounts during one."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Build up, over several weeks, enough food, water and household "
                                "items to stay at home for two weeks."
                            ),
                            (
                                "Keep a supply of your regular medicines, plus a thermometer, "
                                "fever medicine and tissues."
                            ),
                            (
                                "Agree with neighbours, friends or family who will shop for whom "
                                "if someone must isolate."
                            ),
                            (
                                "Make sure your vaccinations are up to date, as advised by the "
                                "health authorities."
                            ),
                            (
                                "Write down the numbers of your doctor, your pharmacy and the "
                                "health advice line."
                            ),
                        ],
                        "during": [
                            (
                                "Follow public health instructions, which may change as experts "
                                "learn more about the disease."
                            ),
                            (
                                "If you feel ill, stay at home and get tested if the health "
                                "authorities advise it."
                            ),
                            (
                                "Get your news from reliable sources, such as the health "
                                "authorities and the public broadcaster."
                            ),
                            (
                                "Stay in touch with family and friends by phone, messages or "
                                "video calls."
                            ),
                            (
                                "Keep a daily routine with regular sleep, meals, physical "
                                "activity and time outside when it is allowed."
                            ),
                        ],
                        "after": [
                            (
                                "Keep the good habits every winter, such as washing your hands "
                                "and staying at home when ill."
                            ),
                            "Restock your supplies, using up items before they expire.",
                            (
                                "Ask for help if you still feel worried, low or exhausted. "
                                "Talking to a doctor or a support line is a sign of strength."
                            ),
                        ],
                    },
                ),
                (
                    "heading",
                    "Look after your mind",
                ),
                (
                    "text",
                    [
                        (
                            "Isolation, worry and bad news can weigh on anyone. Talk about your "
                            "feelings with people you trust, and limit how often you check the "
                            "news. Call people who live alone: a short chat can make a big "
                            "difference to their day."
                        ),
                        (
                            "Children need simple, honest explanations and a calm routine. Let "
                            "them ask questions, and remind them that many people are working to "
                            "keep everyone safe."
                        ),
                    ],
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "You come home on the bus and there is soap and water in the bathroom. "
                        "What is the best thing to do?"
                    ),
                    "choices": [
                        {
                            "text": "Wash your hands with soap and water for at least 20 seconds",
                            "correct": True,
                            "feedback": (
                                "Right. Soap and rubbing for at least 20 seconds remove germs "
                                "well, including between the fingers and under the nails."
                            ),
                        },
                        {
                            "text": "Rinse your hands quickly with water only",
                            "correct": False,
                            "feedback": (
                                "Water alone does not remove germs well. Soap and time are what "
                                "make hand washing work."
                            ),
                        },
                        {
                            "text": "Use hand gel, because it is always better than soap",
                            "correct": False,
                            "feedback": (
                                "Hand gel is useful when there is no water, but when soap and "
                                "water are available, washing is the first choice."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "You have a mild fever and a cough, but you can breathe normally. What "
                        "should you do first?"
                    ),
                    "choices": [
                        {
                            "text": "Stay at home and call your doctor or the health advice line",
                            "correct": True,
                            "feedback": (
                                "Right. They can tell you whether you need a test or treatment, "
                                "without you spreading the disease or crowding the hospital."
                            ),
                        },
                        {
                            "text": "Go straight to the hospital emergency department",
                            "correct": False,
                            "feedback": (
                                "With mild symptoms, the emergency department is not the right "
                                "place. You could infect weak patients and take time from urgent "
                                "cases."
                            ),
                        },
                        {
                            "text": "Call 112 and ask for an ambulance to take you for a test",
                            "correct": False,
                            "feedback": (
                                "112 is for life-threatening emergencies. Using it for mild "
                                "symptoms can delay help for someone in danger."
                            ),
                        },
                        {
                            "text": "Go to work as usual and wear a mask",
                            "correct": False,
                            "feedback": (
                                "When you are sick, stay at home. A mask lowers the risk but does "
                                "not remove it, and you need rest."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Which actions help slow the spread of a virus that affects the nose, "
                        "throat and lungs? Choose all that apply."
                    ),
                    "choices": [
                        {
                            "text": "Opening the windows regularly in shared rooms",
                            "correct": True,
                            "feedback": (
                                "Yes. Fresh air lowers the amount of virus floating in the room."
                            ),
                        },
                        {
                            "text": "Sneezing into your elbow",
                            "correct": True,
                            "feedback": (
                                "Yes. Your elbow catches the droplets, so you do not spread them "
                                "with your hands."
                            ),
                        },
                        {
                            "text": "Staying at home when you are sick",
                            "correct": True,
                            "feedback": (
                                "Yes. Keeping away from others while you are ill is one of the "
                                "most effective ways to protect them."
                            ),
                        },
                        {
                            "text": "Going to a party if your symptoms are only mild",
                            "correct": False,
                            "feedback": (
                                "Even with mild symptoms you can pass the virus on, and other "
                                "people may become much sicker than you."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Buying as much food and toilet paper as possible at the start of a "
                        "pandemic helps everyone."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "Hoarding empties the shelves and leaves others without basic "
                                "items. Shops are usually resupplied, so buy normal amounts."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Right. Build a stock slowly before a crisis, and buy only what "
                                "you need during one, so that there is enough for everyone."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Vaccines recommended by the health authorities lower your risk of "
                        "serious illness and can help protect the people around you."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": True,
                            "feedback": (
                                "Right. Vaccines train your body to fight the disease, which "
                                "lowers the risk of severe illness and eases the pressure on "
                                "hospitals."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": False,
                            "feedback": (
                                "Vaccines are one of the best tools against serious illness. "
                                "Follow the advice of the health authorities on who should get "
                                "which vaccine and when."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Your grandmother lives alone and must isolate for ten days. What helps "
                        "her most?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Calling or video-calling her often and leaving shopping at her "
                                "door"
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. She gets what she needs and stays in contact with you, "
                                "without the risk of passing on the virus."
                            ),
                        },
                        {
                            "text": "Visiting her every day and staying for a meal",
                            "correct": False,
                            "feedback": (
                                "Close contact indoors is exactly what isolation aims to avoid. "
                                "Help her from a distance instead."
                            ),
                        },
                        {
                            "text": "Leaving her alone so that she can rest",
                            "correct": False,
                            "feedback": (
                                "Isolation can be lonely and hard. She still needs supplies, news "
                                "and someone to talk to."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Which of these are useful in a supply for two weeks of isolation at "
                        "home? Choose all that apply."
                    ),
                    "choices": [
                        {
                            "text": "Food that keeps, such as rice, pasta and tins",
                            "correct": True,
                            "feedback": "Yes. Long-life food lets you eat well without going out.",
                        },
                        {
                            "text": "Your regular medicines",
                            "correct": True,
                            "feedback": (
                                "Yes. Make sure you will not run out of the medicines you take "
                                "every day."
                            ),
                        },
                        {
                            "text": "A thermometer and fever medicine",
                            "correct": True,
                            "feedback": (
                                "Yes. They help you follow and ease your symptoms at home."
                            ),
                        },
                        {
                            "text": "Fifty packs of toilet paper",
                            "correct": False,
                            "feedback": (
                                "That is far more than two weeks need. Buying huge amounts is "
                                "hoarding and leaves others without."
                            ),
                        },
                    ],
                },
            ],
        },
        "fr": {
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
                            (
                                "Restez chez vous quand vous êtes malade, même si vos symptômes "
                                "sont légers."
                            ),
                            "Suivez les consignes officielles sur le dépistage et l'isolement.",
                            (
                                "Faites-vous vacciner selon les recommandations des autorités "
                                "sanitaires."
                            ),
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
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Vous rentrez chez vous en bus, et il y a de l'eau et du savon dans la "
                        "salle de bains. Que faut-il faire ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Se laver les mains à l'eau et au savon pendant au moins 20 "
                                "secondes"
                            ),
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
                                "Utiliser du gel hydroalcoolique, car il est toujours meilleur "
                                "que le savon"
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
                                "Rester chez vous et appeler votre médecin ou la ligne "
                                "d'information santé"
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
                            "text": (
                                "Appeler le 112 pour qu'une ambulance vous emmène faire un test"
                            ),
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
                                "Oui. L'air frais réduit la quantité de virus qui flotte dans la "
                                "pièce."
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
                                "Des aliments qui se conservent, comme du riz, des pâtes et des "
                                "conserves"
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
                                "Oui. Ils vous aident à surveiller et à soulager vos symptômes à "
                                "la maison."
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
            ],
        },
        "uk": {
            "title": "Пандемії: як захистити себе та інших",
            "summary": (
                "Пандемія — це хвороба, яка одночасно поширюється в багатьох країнах. Дізнайтеся "
                "про щоденні звички, перевірені під час COVID-19, які стримують поширення "
                "інфекції та дають лікарням змогу допомагати тим, хто цього найбільше потребує."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Пандемія виникає, коли нова інфекційна хвороба швидко поширюється в "
                            "багатьох країнах. Спочатку більшість людей не має від неї захисту, "
                            "тож багато хто може захворіти одночасно. Лікарні, аптеки й магазини "
                            "можуть опинитися під великим навантаженням."
                        ),
                        (
                            "COVID-19 показав, що дії кожної людини мають значення. Прості звички "
                            "стримують поширення хвороби, захищають найвразливіших і допомагають "
                            "медикам піклуватися про пацієнтів у найтяжчому стані."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Щоденні звички, що стримують поширення",
                ),
                (
                    "checklist",
                    {
                        "title": "Звички, які захищають усіх",
                        "items": [
                            (
                                "Мийте руки з милом і водою щонайменше 20 секунд, особливо коли "
                                "повертаєтеся додому і перед їжею."
                            ),
                            (
                                "Коли немає мила й води, використовуйте антисептик для рук і "
                                "втирайте його, доки руки не висохнуть."
                            ),
                            (
                                "Кашляйте або чхайте в лікоть чи в серветку, потім викиньте "
                                "серветку й помийте руки."
                            ),
                            "Не торкайтеся очей, носа й рота немитими руками.",
                            (
                                "Регулярно відчиняйте вікна, щоб провітрювати житло, класи й "
                                "робочі приміщення."
                            ),
                            (
                                "Носіть маску там, де це радять органи охорони здоров'я, "
                                "закриваючи нею і ніс, і рот."
                            ),
                            "Залишайтеся вдома, коли хворієте, навіть якщо симптоми легкі.",
                            "Дотримуйтеся офіційних вказівок щодо тестування та самоізоляції.",
                            "Вакцинуйтеся відповідно до рекомендацій органів охорони здоров'я.",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Чому важливе свіже повітря",
                        "text": (
                            "Багато вірусів, що вражають ніс, горло й легені, передаються через "
                            "дрібні краплі, які зависають у повітрі закритих приміщень. Якщо "
                            "кілька разів на день на кілька хвилин широко відчиняти вікна або "
                            "користуватися хорошою вентиляцією, вірусу в повітрі стає менше."
                        ),
                    },
                ),
                (
                    "heading",
                    "Бережіть екстрені служби для справжніх екстрених випадків",
                ),
                (
                    "text",
                    [
                        (
                            "Якщо симптоми легкі, спершу зателефонуйте своєму лікарю або на "
                            "медичну гарячу лінію. Там вам скажуть, чи потрібні тест, лікування "
                            "або огляд. Якщо з легкими симптомами одразу їхати до відділення "
                            "екстреної допомоги лікарні, там стане ще тісніше, а ви можете "
                            "заразити людей, які й так ослаблені."
                        ),
                        (
                            "Номер екстреної допомоги 112 залишайте для справжніх надзвичайних "
                            "ситуацій: серйозних труднощів із диханням, болю в грудях або коли "
                            "людина має сплутану свідомість чи її важко розбудити."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Не робіть надмірних запасів",
                        "text": (
                            "Коли люди купують набагато більше, ніж потрібно, полиці порожніють, "
                            "і інші, часто літні чи малозабезпечені люди, залишаються без "
                            "найнеобхіднішого. Під час пандемії магазини зазвичай і далі "
                            "отримують товари. Створюйте запаси поступово до кризи, а під час неї "
                            "купуйте звичайну кількість."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Поступово, упродовж кількох тижнів, зберіть достатньо їжі, води "
                                "й побутових товарів, щоб прожити вдома два тижні."
                            ),
                            (
                                "Майте запас ліків, які ви постійно приймаєте, а також термометр, "
                                "жарознижувальне й серветки."
                            ),
                            (
                                "Домовтеся із сусідами, друзями чи родиною, хто для кого "
                                "купуватиме продукти, якщо комусь доведеться ізолюватися."
                            ),
                            (
                                "Переконайтеся, що ви маєте всі щеплення, рекомендовані органами "
                                "охорони здоров'я."
                            ),
                            "Запишіть номери свого лікаря, аптеки та медичної гарячої лінії.",
                        ],
                        "during": [
                            (
                                "Дотримуйтеся вказівок органів охорони здоров'я: вони можуть "
                                "змінюватися, коли фахівці більше дізнаються про хворобу."
                            ),
                            (
                                "Якщо почуваєтеся зле, залишайтеся вдома й пройдіть тест, якщо це "
                                "радять органи охорони здоров'я."
                            ),
                            (
                                "Дізнавайтеся новини з надійних джерел, як-от органи охорони "
                                "здоров'я та суспільний мовник."
                            ),
                            (
                                "Підтримуйте зв'язок з родиною й друзями телефоном, "
                                "повідомленнями чи відеодзвінками."
                            ),
                            (
                                "Дотримуйтеся розпорядку дня: регулярний сон, їжа, фізична "
                                "активність і час надворі, коли це дозволено."
                            ),
                        ],
                        "after": [
                            (
                                "Зберігайте корисні звички щозими, як-от миття рук і перебування "
                                "вдома під час хвороби."
                            ),
                            (
                                "Поповніть запаси, використовуючи продукти до закінчення терміну "
                                "придатності."
                            ),
                            (
                                "Зверніться по допомогу, якщо й далі відчуваєте тривогу, "
                                "пригніченість чи виснаження. Розмова з лікарем або з лінією "
                                "психологічної підтримки — ознака сили."
                            ),
                        ],
                    },
                ),
                (
                    "heading",
                    "Подбайте про своє психічне здоров'я",
                ),
                (
                    "text",
                    [
                        (
                            "Ізоляція, тривога й погані новини можуть пригнічувати будь-кого. "
                            "Говоріть про свої почуття з людьми, яким довіряєте, і не перевіряйте "
                            "новини надто часто. Телефонуйте тим, хто живе сам: коротка розмова "
                            "може змінити на краще весь їхній день."
                        ),
                        (
                            "Дітям потрібні прості й чесні пояснення та спокійний розпорядок дня. "
                            "Дозвольте їм ставити запитання й нагадайте, що багато людей "
                            "працюють, щоб усі були в безпеці."
                        ),
                    ],
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Ви повернулися додому автобусом, а у ванній є мило й вода. Що найкраще "
                        "зробити?"
                    ),
                    "choices": [
                        {
                            "text": "Помити руки з милом і водою щонайменше 20 секунд",
                            "correct": True,
                            "feedback": (
                                "Правильно. Мило й тертя щонайменше 20 секунд добре видаляють "
                                "мікроби, зокрема між пальцями й під нігтями."
                            ),
                        },
                        {
                            "text": "Швидко сполоснути руки лише водою",
                            "correct": False,
                            "feedback": (
                                "Сама вода погано видаляє мікроби. Ефективним миття рук роблять "
                                "мило й достатній час."
                            ),
                        },
                        {
                            "text": "Скористатися антисептиком, бо він завжди кращий за мило",
                            "correct": False,
                            "feedback": (
                                "Антисептик корисний, коли немає води, але якщо є мило й вода, "
                                "краще помити руки."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "У вас невелика температура й кашель, але дихаєте ви нормально. Що "
                        "зробити насамперед?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Залишитися вдома й зателефонувати лікарю або на медичну гарячу "
                                "лінію"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Вам скажуть, чи потрібні тест або лікування, і ви не "
                                "поширюватимете хворобу й не перевантажуватимете лікарню."
                            ),
                        },
                        {
                            "text": "Одразу поїхати до відділення екстреної допомоги лікарні",
                            "correct": False,
                            "feedback": (
                                "З легкими симптомами туди їхати не варто. Ви можете заразити "
                                "ослаблених пацієнтів і забрати час у тих, хто потребує "
                                "термінової допомоги."
                            ),
                        },
                        {
                            "text": (
                                "Зателефонувати на 112 і попросити швидку відвезти вас на тест"
                            ),
                            "correct": False,
                            "feedback": (
                                "Номер 112 — для випадків, коли життя під загрозою. Виклик через "
                                "легкі симптоми може затримати допомогу людині в небезпеці."
                            ),
                        },
                        {
                            "text": "Піти на роботу як завжди, одягнувши маску",
                            "correct": False,
                            "feedback": (
                                "Коли ви хворієте, залишайтеся вдома. Маска знижує ризик, але не "
                                "усуває його, а вам потрібен відпочинок."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Що допомагає стримати поширення вірусу, який вражає ніс, горло й легені? "
                        "Виберіть усі правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": "Регулярно провітрювати спільні приміщення",
                            "correct": True,
                            "feedback": (
                                "Так. Свіже повітря зменшує кількість вірусу в приміщенні."
                            ),
                        },
                        {
                            "text": "Чхати в лікоть",
                            "correct": True,
                            "feedback": (
                                "Так. Лікоть затримує краплі, і ви не розносите їх руками."
                            ),
                        },
                        {
                            "text": "Залишатися вдома, коли хворієте",
                            "correct": True,
                            "feedback": (
                                "Так. Уникати інших людей під час хвороби — один із найдієвіших "
                                "способів їх захистити."
                            ),
                        },
                        {
                            "text": "Піти на вечірку, якщо симптоми лише легкі",
                            "correct": False,
                            "feedback": (
                                "Навіть із легкими симптомами ви можете передати вірус, а інші "
                                "люди можуть захворіти значно важче, ніж ви."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Якщо на початку пандемії купити якомога більше їжі й туалетного паперу, "
                        "це допоможе всім."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": False,
                            "feedback": (
                                "Надмірні закупи спустошують полиці, і інші залишаються без "
                                "найнеобхіднішого. Магазини зазвичай поповнюють запаси, тож "
                                "купуйте звичайну кількість."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Створюйте запаси поступово до кризи, а під час неї "
                                "купуйте лише те, що потрібно, щоб вистачило всім."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Вакцини, рекомендовані органами охорони здоров'я, знижують ризик тяжкої "
                        "хвороби й можуть допомогти захистити людей навколо вас."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Вакцини вчать організм боротися з хворобою, що знижує "
                                "ризик тяжкого перебігу й зменшує навантаження на лікарні."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": False,
                            "feedback": (
                                "Вакцини — один із найкращих засобів захисту від тяжкої хвороби. "
                                "Дотримуйтеся порад органів охорони здоров'я щодо того, кому, яку "
                                "вакцину й коли варто отримати."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Ваша бабуся живе сама і має ізолюватися десять днів. Що їй найбільше "
                        "допоможе?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Часто телефонувати їй чи дзвонити по відео й залишати покупки "
                                "під дверима"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Вона має все необхідне й спілкується з вами без "
                                "ризику заразитися."
                            ),
                        },
                        {
                            "text": "Щодня навідуватися до неї й залишатися на обід",
                            "correct": False,
                            "feedback": (
                                "Тісний контакт у приміщенні — саме те, чого ізоляція має "
                                "запобігти. Краще допомагайте їй на відстані."
                            ),
                        },
                        {
                            "text": "Залишити її в спокої, щоб вона відпочила",
                            "correct": False,
                            "feedback": (
                                "Ізоляція може бути самотньою й важкою. Їй усе одно потрібні "
                                "продукти, новини й хтось, із ким можна поговорити."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Що з цього корисно мати в запасі на два тижні ізоляції вдома? Виберіть "
                        "усі правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Продукти тривалого зберігання, як-от рис, макарони й консерви"
                            ),
                            "correct": True,
                            "feedback": (
                                "Так. Такі продукти дають змогу добре харчуватися, не виходячи з "
                                "дому."
                            ),
                        },
                        {
                            "text": "Ліки, які ви постійно приймаєте",
                            "correct": True,
                            "feedback": (
                                "Так. Подбайте, щоб у вас не закінчилися ліки, які ви приймаєте "
                                "щодня."
                            ),
                        },
                        {
                            "text": "Термометр і жарознижувальне",
                            "correct": True,
                            "feedback": (
                                "Так. Вони допомагають стежити за симптомами й полегшувати їх "
                                "удома."
                            ),
                        },
                        {
                            "text": "П'ятдесят упаковок туалетного паперу",
                            "correct": False,
                            "feedback": (
                                "Це набагато більше, ніж потрібно на два тижні. Купувати "
                                "величезні обсяги — означає робити надмірні запаси й залишати "
                                "інших ні з чим."
                            ),
                        },
                    ],
                },
            ],
        },
        "ar": {
            "title": "الجوائح: احمِ نفسك واحمِ الآخرين",
            "summary": (
                "الجائحة مرض ينتشر في بلدان كثيرة في الوقت نفسه. تعرّف على العادات اليومية التي "
                "جُرّبت خلال جائحة كوفيد-19، والتي تبطئ انتشار المرض وتُبقي المستشفيات متاحة لمن "
                "هم في أشد الحاجة إليها."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "تحدث الجائحة عندما ينتشر مرض معدٍ جديد بسرعة في بلدان كثيرة. في "
                            "البداية لا يملك معظم الناس أي حماية منه، لذلك قد يمرض كثيرون في "
                            "الوقت نفسه. وقد تتعرض المستشفيات والصيدليات والمتاجر لضغط كبير."
                        ),
                        (
                            "أظهرت جائحة كوفيد-19 أن تصرفات كل فرد تُحدث فرقًا. فالعادات البسيطة "
                            "تبطئ انتشار المرض، وتحمي الأشخاص الأكثر هشاشة، وتساعد العاملين "
                            "الصحيين على رعاية المرضى الأشد حاجة."
                        ),
                    ],
                ),
                (
                    "heading",
                    "عادات يومية تبطئ انتشار المرض",
                ),
                (
                    "checklist",
                    {
                        "title": "عادات تحمي الجميع",
                        "items": [
                            (
                                "اغسل يديك بالماء والصابون مدة 20 ثانية على الأقل، وخاصة بعد "
                                "العودة من الخارج وقبل الأكل."
                            ),
                            (
                                "إذا لم يتوفر الماء والصابون، فاستخدم معقّم اليدين وافرك به يديك "
                                "حتى تجفّا."
                            ),
                            "اسعل أو اعطس في مرفقك أو في منديل، ثم ارمِ المنديل واغسل يديك.",
                            "تجنّب لمس عينيك وأنفك وفمك بيدين غير مغسولتين.",
                            (
                                "افتح النوافذ بانتظام لتجديد الهواء في البيوت والفصول الدراسية "
                                "وأماكن العمل."
                            ),
                            "ارتدِ الكمامة حيث تنصح بها السلطات الصحية، وغطِّ بها أنفك وفمك معًا.",
                            "ابقَ في البيت عندما تكون مريضًا، حتى لو كانت أعراضك خفيفة.",
                            "اتبع التعليمات الرسمية بشأن الفحص والعزل.",
                            "احصل على اللقاحات التي توصي بها السلطات الصحية.",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "لماذا يهمّ الهواء النقي",
                        "text": (
                            "تنتقل فيروسات كثيرة تصيب الأنف والحلق والرئتين عبر قطيرات دقيقة تبقى "
                            "عالقة في هواء الغرف المغلقة. وفتح النوافذ على مصراعيها بضع دقائق عدة "
                            "مرات في اليوم، أو استخدام تهوية جيدة، يقلّل كمية الفيروس في الهواء."
                        ),
                    },
                ),
                (
                    "heading",
                    "اترك خدمات الطوارئ لحالات الطوارئ",
                ),
                (
                    "text",
                    [
                        (
                            "إذا كانت أعراضك خفيفة، فاتصل أولًا بطبيبك أو بخط الاستشارات الصحية. "
                            "سيخبرونك هل تحتاج إلى فحص أو علاج أو زيارة. أما الذهاب مباشرة إلى "
                            "قسم الطوارئ في المستشفى بأعراض خفيفة فيزيد الازدحام، وقد ينقل المرض "
                            "إلى أشخاص ضعفاء أصلًا."
                        ),
                        (
                            "احتفظ برقم الطوارئ 112 للحالات الطارئة الحقيقية، مثل صعوبة التنفس "
                            "الشديدة، أو ألم في الصدر، أو شخص مشوّش الذهن أو يصعب إيقاظه."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "لا تخزّن أكثر من حاجتك",
                        "text": (
                            "شراء كميات تفوق حاجتك بكثير يُفرغ الرفوف ويحرم الآخرين، وغالبًا كبار "
                            "السن أو محدودي الدخل، من المواد الأساسية. وخلال الجائحة تستمر "
                            "المتاجر عادةً في تلقي البضائع. كوّن مخزونك تدريجيًا قبل الأزمة، "
                            "واشترِ كميات عادية خلالها."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "كوّن تدريجيًا، على مدى عدة أسابيع، ما يكفي من الطعام والماء "
                                "والمستلزمات المنزلية للبقاء في البيت أسبوعين."
                            ),
                            (
                                "احتفظ بمخزون من أدويتك المعتادة، إضافة إلى ميزان حرارة ودواء "
                                "خافض للحرارة ومناديل."
                            ),
                            (
                                "اتفق مع الجيران أو الأصدقاء أو العائلة على من يتسوّق لمن إذا "
                                "اضطر أحدكم إلى العزل."
                            ),
                            "تأكد من أن لقاحاتك محدّثة وفق توصيات السلطات الصحية.",
                            "دوّن أرقام طبيبك وصيدليتك وخط الاستشارات الصحية.",
                        ],
                        "during": [
                            (
                                "اتبع تعليمات الصحة العامة، فقد تتغير كلما عرف الخبراء المزيد عن "
                                "المرض."
                            ),
                            (
                                "إذا شعرت بالمرض، فابقَ في البيت وأجرِ فحصًا إذا نصحت السلطات "
                                "الصحية بذلك."
                            ),
                            "استقِ الأخبار من مصادر موثوقة، مثل السلطات الصحية وهيئة البث العامة.",
                            (
                                "ابقَ على تواصل مع عائلتك وأصدقائك عبر الهاتف أو الرسائل أو "
                                "مكالمات الفيديو."
                            ),
                            (
                                "حافظ على روتين يومي من نوم منتظم ووجبات ونشاط بدني ووقت في "
                                "الهواء الطلق عندما يُسمح بذلك."
                            ),
                        ],
                        "after": [
                            (
                                "حافظ على العادات الجيدة كل شتاء، مثل غسل اليدين والبقاء في البيت "
                                "عند المرض."
                            ),
                            "جدّد مخزونك، واستهلك المواد قبل انتهاء صلاحيتها.",
                            (
                                "اطلب المساعدة إذا بقيت تشعر بالقلق أو الحزن أو الإرهاق. فالتحدث "
                                "إلى طبيب أو إلى خط للدعم النفسي علامة قوة."
                            ),
                        ],
                    },
                ),
                (
                    "heading",
                    "اعتنِ بصحتك النفسية",
                ),
                (
                    "text",
                    [
                        (
                            "قد تُثقل العزلة والقلق والأخبار السيئة على أي شخص. تحدّث عن مشاعرك "
                            "مع أشخاص تثق بهم، وقلّل من عدد المرات التي تتابع فيها الأخبار. واتصل "
                            "بمن يعيشون بمفردهم، فمحادثة قصيرة قد تُحدث فرقًا كبيرًا في يومهم."
                        ),
                        (
                            "يحتاج الأطفال إلى شرح بسيط وصادق وإلى روتين هادئ. دعهم يطرحون "
                            "الأسئلة، وذكّرهم بأن كثيرين يعملون للحفاظ على سلامة الجميع."
                        ),
                    ],
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": "عدت إلى البيت بالحافلة، وفي الحمّام ماء وصابون. ما أفضل ما تفعله؟",
                    "choices": [
                        {
                            "text": "غسل اليدين بالماء والصابون مدة 20 ثانية على الأقل",
                            "correct": True,
                            "feedback": (
                                "أحسنت. الصابون والفرك مدة 20 ثانية على الأقل يزيلان الجراثيم "
                                "جيدًا، حتى بين الأصابع وتحت الأظافر."
                            ),
                        },
                        {
                            "text": "شطف اليدين بسرعة بالماء فقط",
                            "correct": False,
                            "feedback": (
                                "الماء وحده لا يزيل الجراثيم جيدًا. الصابون والوقت الكافي هما ما "
                                "يجعل غسل اليدين فعالًا."
                            ),
                        },
                        {
                            "text": "استخدام معقّم اليدين لأنه أفضل دائمًا من الصابون",
                            "correct": False,
                            "feedback": (
                                "المعقّم مفيد عندما لا يتوفر الماء، لكن إذا توفر الماء والصابون "
                                "فالغسل هو الخيار الأول."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "لديك حمّى خفيفة وسعال، لكنك تتنفس بشكل طبيعي. ماذا تفعل أولًا؟",
                    "choices": [
                        {
                            "text": "البقاء في البيت والاتصال بطبيبك أو بخط الاستشارات الصحية",
                            "correct": True,
                            "feedback": (
                                "أحسنت. سيخبرونك هل تحتاج إلى فحص أو علاج، من دون أن تنشر المرض "
                                "أو تزيد الازدحام في المستشفى."
                            ),
                        },
                        {
                            "text": "الذهاب مباشرة إلى قسم الطوارئ في المستشفى",
                            "correct": False,
                            "feedback": (
                                "قسم الطوارئ ليس المكان المناسب للأعراض الخفيفة. قد تنقل العدوى "
                                "إلى مرضى ضعفاء وتأخذ وقتًا من الحالات العاجلة."
                            ),
                        },
                        {
                            "text": "الاتصال بالرقم 112 وطلب سيارة إسعاف لتأخذك إلى الفحص",
                            "correct": False,
                            "feedback": (
                                "الرقم 112 مخصص للحالات التي تهدد الحياة. واستخدامه للأعراض "
                                "الخفيفة قد يؤخر المساعدة عن شخص في خطر."
                            ),
                        },
                        {
                            "text": "الذهاب إلى العمل كالمعتاد مع ارتداء كمامة",
                            "correct": False,
                            "feedback": (
                                "عندما تكون مريضًا، ابقَ في البيت. الكمامة تقلل الخطر لكنها لا "
                                "تلغيه، وأنت تحتاج إلى الراحة."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "أيّ هذه التصرفات يساعد على إبطاء انتشار فيروس يصيب الأنف والحلق "
                        "والرئتين؟ اختر كل الإجابات الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "فتح النوافذ بانتظام في الغرف المشتركة",
                            "correct": True,
                            "feedback": "نعم. الهواء النقي يقلّل كمية الفيروس العالقة في الغرفة.",
                        },
                        {
                            "text": "العطس في المرفق",
                            "correct": True,
                            "feedback": "نعم. يحجز المرفق القطيرات، فلا تنقلها بيديك.",
                        },
                        {
                            "text": "البقاء في البيت عند المرض",
                            "correct": True,
                            "feedback": (
                                "نعم. الابتعاد عن الآخرين وأنت مريض من أكثر الطرق فعالية لحمايتهم."
                            ),
                        },
                        {
                            "text": "الذهاب إلى حفلة إذا كانت الأعراض خفيفة فقط",
                            "correct": False,
                            "feedback": (
                                "حتى مع الأعراض الخفيفة يمكنك نقل الفيروس، وقد يمرض غيرك أشد منك "
                                "بكثير."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "شراء أكبر كمية ممكنة من الطعام وورق المرحاض في بداية الجائحة يفيد الجميع."
                    ),
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": False,
                            "feedback": (
                                "التخزين المفرط يُفرغ الرفوف ويترك الآخرين دون المواد الأساسية. "
                                "والمتاجر يُعاد تزويدها عادةً، فاشترِ كميات عادية."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": True,
                            "feedback": (
                                "أحسنت. كوّن مخزونك تدريجيًا قبل الأزمة، واشترِ خلالها ما تحتاج "
                                "إليه فقط حتى يكفي الجميع."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "اللقاحات التي توصي بها السلطات الصحية تقلّل خطر إصابتك بمرض شديد، ويمكن "
                        "أن تساعد على حماية من حولك."
                    ),
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": True,
                            "feedback": (
                                "أحسنت. تدرّب اللقاحات جسمك على مقاومة المرض، فيقلّ خطر الإصابة "
                                "الشديدة ويخفّ الضغط على المستشفيات."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": False,
                            "feedback": (
                                "اللقاحات من أفضل الوسائل للوقاية من المرض الشديد. اتبع نصائح "
                                "السلطات الصحية لمعرفة من يحتاج إلى أي لقاح ومتى."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "جدتك تعيش وحدها ويجب أن تعزل نفسها عشرة أيام. ما الذي يساعدها أكثر؟"
                    ),
                    "choices": [
                        {
                            "text": (
                                "الاتصال بها كثيرًا هاتفيًا أو بالفيديو وترك المشتريات عند بابها"
                            ),
                            "correct": True,
                            "feedback": (
                                "أحسنت. تحصل على ما تحتاج إليه وتبقى على تواصل معك، من دون خطر "
                                "نقل الفيروس."
                            ),
                        },
                        {
                            "text": "زيارتها كل يوم والبقاء لتناول الطعام معها",
                            "correct": False,
                            "feedback": (
                                "المخالطة القريبة في مكان مغلق هي بالضبط ما يهدف العزل إلى "
                                "تجنّبه. ساعدها عن بُعد بدلًا من ذلك."
                            ),
                        },
                        {
                            "text": "تركها وحدها لترتاح",
                            "correct": False,
                            "feedback": (
                                "قد يكون العزل صعبًا ومُوحشًا. وهي ما زالت تحتاج إلى المؤن "
                                "والأخبار وإلى من تتحدث إليه."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "أيّ مما يلي مفيد في مخزون لأسبوعين من العزل في البيت؟ اختر كل الإجابات "
                        "الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "طعام يُحفظ طويلًا، مثل الأرز والمعكرونة والمعلبات",
                            "correct": True,
                            "feedback": (
                                "نعم. الطعام طويل الصلاحية يتيح لك أن تأكل جيدًا دون الخروج."
                            ),
                        },
                        {
                            "text": "أدويتك المعتادة",
                            "correct": True,
                            "feedback": "نعم. تأكد من أن الأدوية التي تتناولها يوميًا لن تنفد.",
                        },
                        {
                            "text": "ميزان حرارة ودواء خافض للحرارة",
                            "correct": True,
                            "feedback": "نعم. يساعدانك على متابعة أعراضك وتخفيفها في البيت.",
                        },
                        {
                            "text": "خمسون علبة من ورق المرحاض",
                            "correct": False,
                            "feedback": (
                                "هذا أكثر بكثير مما يلزم لأسبوعين. وشراء كميات ضخمة هو تخزين مفرط "
                                "يحرم الآخرين من حاجتهم."
                            ),
                        },
                    ],
                },
            ],
        },
    },
}
