"""Demo lesson: the 72-hour household emergency kit."""

LESSON = {
    "slug": "72-hour-kit",
    "hazard": "household_kit",
    "pass_mark": 75,
    "content": {
        "en": {
            "title": "Build a 72-hour emergency kit",
            "summary": (
                "In a disaster, help may take several days to reach everyone. A ready-packed kit "
                "lets your household manage on its own for at least three days."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Storms, floods or a long power cut can leave your area without "
                            "water, electricity, open shops or a phone network. Emergency "
                            "services must help the people in the greatest danger first, so your "
                            "household may have to look after itself for a while."
                        ),
                        (
                            "A 72-hour kit is a bag or box that holds everything you need to get "
                            "through three days. Keep it in one place that everyone knows, near "
                            "the exit, so you can grab it quickly if you have to leave."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Water and food",
                ),
                (
                    "text",
                    [
                        (
                            "Plan about 2 litres of drinking water per person per day, plus some "
                            "extra for washing and brushing teeth. For a family of four, that "
                            "means at least 24 litres of drinking water for three days. Use "
                            "sealed bottles and note their expiry dates."
                        ),
                        (
                            "Pick food that keeps for a long time and can be eaten without "
                            "cooking: tinned fish or beans, crackers, dried fruit, nuts and "
                            "cereal bars. Pack a manual tin opener. Replace water and food before "
                            "they expire, and eat the old stock at home so nothing goes to waste."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "What to put in your kit",
                        "items": [
                            "Drinking water: about 2 litres per person per day, for 3 days",
                            "Food that needs no cooking, and a manual tin opener",
                            "Your usual medicines and copies of your prescriptions",
                            "A first-aid kit",
                            "A torch and spare batteries",
                            "A battery-powered or wind-up radio",
                            "A charged power bank and a phone cable",
                            "Some cash in small notes and coins",
                            (
                                "Copies of ID cards, insurance papers and key contacts, in a "
                                "waterproof bag"
                            ),
                            "Soap, toilet paper, wet wipes, sanitary products and rubbish bags",
                            "Warm clothes, a blanket and sturdy shoes",
                            "Spare glasses, spare keys and a paper list of phone numbers",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Avoid candles",
                        "text": (
                            "Candles often start house fires during power cuts. Use a torch or a "
                            "battery lamp instead. If you really must light a candle, put it in a "
                            "stable holder, away from curtains, and never leave it burning "
                            "unattended."
                        ),
                    },
                ),
                (
                    "heading",
                    "Think of everyone in your home",
                ),
                (
                    "text",
                    [
                        (
                            "Adapt the kit to the people who live with you. Babies need nappies, "
                            "formula milk and bottles. Older people may need spare glasses, "
                            "hearing aid batteries or a walking aid. People with disabilities may "
                            "need extra medical supplies or a charged battery for a wheelchair."
                        ),
                        (
                            "Pets need food, water, a lead or a carrier, and their medicines too. "
                            "Children cope better with a small toy, a book or a game."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Keep digital copies too",
                        "text": (
                            "Take photos or scans of your documents and store them in a secure "
                            "online account or on an encrypted USB stick. If the paper copies are "
                            "lost, you can still prove who you are and contact your insurer."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            "List what your household needs and gather it in one bag or box.",
                            "Store the kit in a cool, dry place that is easy to reach.",
                            "Tell everyone in your household where the kit is.",
                        ],
                        "during": [
                            "Take the kit with you if you are told to leave your home.",
                            "Listen to the radio for official information and instructions.",
                            "Share out water and food carefully so they last three days.",
                        ],
                        "after": [
                            "Replace everything you used as soon as the shops reopen.",
                            "Check the kit twice a year, for example in spring and in autumn.",
                            "Swap out expired food, water and medicines, and old batteries.",
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "How much drinking water should you store for one person for three days?"
                    ),
                    "choices": [
                        {
                            "text": "About 2 litres",
                            "correct": False,
                            "feedback": (
                                "That is only enough drinking water for one day. You need about 2 "
                                "litres for each of the three days."
                            ),
                        },
                        {
                            "text": "About 6 litres",
                            "correct": True,
                            "feedback": (
                                "Right: about 2 litres a day for 3 days makes 6 litres of "
                                "drinking water. Add a little extra for hygiene."
                            ),
                        },
                        {
                            "text": "About 20 litres",
                            "correct": False,
                            "feedback": (
                                "That is far more than one person drinks in three days. It would "
                                "be heavy and hard to store and replace."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Which of these foods are good choices for your kit? Choose all that apply."
                    ),
                    "choices": [
                        {
                            "text": "Tinned beans or fish, with a manual tin opener",
                            "correct": True,
                            "feedback": (
                                "Yes. Tins keep for a long time and can be eaten cold, and a "
                                "manual opener works without power."
                            ),
                        },
                        {
                            "text": "Frozen pizza",
                            "correct": False,
                            "feedback": (
                                "No. It needs a freezer and an oven, and both may stop working in "
                                "an emergency."
                            ),
                        },
                        {
                            "text": "Cereal bars and dried fruit",
                            "correct": True,
                            "feedback": (
                                "Yes. They are light, keep for months and need no cooking."
                            ),
                        },
                        {
                            "text": "Fresh milk",
                            "correct": False,
                            "feedback": (
                                "No. Fresh milk goes off within hours without a fridge. Long-life "
                                "milk in a carton is a better choice."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": "During a power cut, candles are the safest way to light your home.",
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "Candles are a common cause of house fires during power cuts. A "
                                "torch or battery lamp is much safer."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Correct. A torch or a battery lamp gives you light without the "
                                "risk of starting a fire."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Why should your kit include a battery-powered or wind-up radio?",
                    "choices": [
                        {
                            "text": (
                                "To hear official information even when power and internet are down"
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. Radio broadcasts often keep working when other networks "
                                "fail, so you can still hear what the authorities advise."
                            ),
                        },
                        {
                            "text": "To play music and keep children busy",
                            "correct": False,
                            "feedback": (
                                "Music can help, but the main reason is to hear warnings and "
                                "instructions from the authorities."
                            ),
                        },
                        {
                            "text": "To call the emergency services",
                            "correct": False,
                            "feedback": (
                                "A radio only receives broadcasts. You cannot use it to call "
                                "anyone."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "How often should you check your kit?",
                    "choices": [
                        {
                            "text": "Only when a disaster is announced",
                            "correct": False,
                            "feedback": (
                                "By then the shops may be closed or crowded, and you will have no "
                                "time to fix what is missing."
                            ),
                        },
                        {
                            "text": "Twice a year",
                            "correct": True,
                            "feedback": (
                                "Right. Checking twice a year lets you replace expired food, "
                                "water and medicines, and flat batteries, in time."
                            ),
                        },
                        {
                            "text": "Once every ten years",
                            "correct": False,
                            "feedback": (
                                "Food, water, medicines and batteries expire long before that."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Your neighbour lives with her elderly father and a dog. What should she "
                        "add to her kit? Choose all that apply."
                    ),
                    "choices": [
                        {
                            "text": "Her father's medicines and copies of his prescriptions",
                            "correct": True,
                            "feedback": (
                                "Yes. Pharmacies may be closed, and a copy of the prescription "
                                "helps a doctor replace lost medicines."
                            ),
                        },
                        {
                            "text": "Food, water and a lead for the dog",
                            "correct": True,
                            "feedback": (
                                "Yes. Pets depend on you in an emergency and need their own "
                                "supplies."
                            ),
                        },
                        {
                            "text": (
                                "Spare glasses or hearing aid batteries, if her father uses them"
                            ),
                            "correct": True,
                            "feedback": (
                                "Yes. Without them he may not be able to read instructions or "
                                "hear warnings."
                            ),
                        },
                        {
                            "text": "Nothing, because a standard kit covers everyone",
                            "correct": False,
                            "feedback": (
                                "No. A kit must match the real needs of each person and animal in "
                                "the household."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Where is the best place to keep copies of your important documents?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "In a waterproof bag in your kit, with digital copies stored "
                                "securely"
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. The waterproof bag protects the paper copies, and the "
                                "digital copies are a backup if the bag is lost."
                            ),
                        },
                        {
                            "text": "Loose in a drawer at home",
                            "correct": False,
                            "feedback": (
                                "If you have to leave quickly, you may not find them, and water "
                                "or fire could destroy them."
                            ),
                        },
                        {
                            "text": "Nowhere, because you will not need them in an emergency",
                            "correct": False,
                            "feedback": (
                                "After a disaster you may need to prove who you are, access your "
                                "bank or make an insurance claim."
                            ),
                        },
                    ],
                },
            ],
        },
        "fr": {
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
                            (
                                "Eau potable : environ 2 litres par personne et par jour, pour 3 "
                                "jours"
                            ),
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
                            (
                                "Savon, papier toilette, lingettes, protections hygiéniques et "
                                "sacs-poubelle"
                            ),
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
                            (
                                "Écoutez la radio pour connaître les informations et consignes "
                                "officielles."
                            ),
                            (
                                "Répartissez l'eau et la nourriture avec soin pour qu'elles "
                                "durent trois jours."
                            ),
                        ],
                        "after": [
                            (
                                "Remplacez tout ce que vous avez utilisé dès la réouverture des "
                                "magasins."
                            ),
                            (
                                "Vérifiez le kit deux fois par an, par exemple au printemps et à "
                                "l'automne."
                            ),
                            (
                                "Remplacez la nourriture, l'eau et les médicaments périmés, ainsi "
                                "que les piles usées."
                            ),
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Quelle quantité d'eau potable faut-il prévoir pour une personne pendant "
                        "trois jours ?"
                    ),
                    "choices": [
                        {
                            "text": "Environ 2 litres",
                            "correct": False,
                            "feedback": (
                                "Cela ne couvre qu'une seule journée. Il faut environ 2 litres "
                                "pour chacun des trois jours."
                            ),
                        },
                        {
                            "text": "Environ 6 litres",
                            "correct": True,
                            "feedback": (
                                "Exact : environ 2 litres par jour pendant 3 jours, cela fait 6 "
                                "litres d'eau potable. Ajoutez un peu d'eau pour l'hygiène."
                            ),
                        },
                        {
                            "text": "Environ 20 litres",
                            "correct": False,
                            "feedback": (
                                "C'est bien plus que ce qu'une personne boit en trois jours. Ce "
                                "serait lourd, encombrant et difficile à renouveler."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Parmi ces aliments, lesquels conviennent à votre kit ? Cochez toutes les "
                        "bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Des haricots ou du poisson en conserve, avec un ouvre-boîte manuel"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Les conserves se gardent longtemps et se mangent froides, "
                                "et un ouvre-boîte manuel fonctionne sans électricité."
                            ),
                        },
                        {
                            "text": "Une pizza surgelée",
                            "correct": False,
                            "feedback": (
                                "Non. Elle a besoin d'un congélateur et d'un four, qui risquent "
                                "tous deux de ne plus fonctionner en cas d'urgence."
                            ),
                        },
                        {
                            "text": "Des barres de céréales et des fruits secs",
                            "correct": True,
                            "feedback": (
                                "Oui. Ils sont légers, se conservent des mois et se mangent sans "
                                "cuisson."
                            ),
                        },
                        {
                            "text": "Du lait frais",
                            "correct": False,
                            "feedback": (
                                "Non. Le lait frais tourne en quelques heures sans réfrigérateur. "
                                "Le lait UHT en brique est un meilleur choix."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Pendant une coupure de courant, les bougies sont le moyen le plus sûr de "
                        "vous éclairer."
                    ),
                    "choices": [
                        {
                            "text": "Vrai",
                            "correct": False,
                            "feedback": (
                                "Les bougies provoquent souvent des incendies pendant les "
                                "coupures de courant. Une lampe de poche ou une lampe à piles est "
                                "bien plus sûre."
                            ),
                        },
                        {
                            "text": "Faux",
                            "correct": True,
                            "feedback": (
                                "Exact. Une lampe de poche ou une lampe à piles vous éclaire sans "
                                "risque de déclencher un incendie."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Pourquoi votre kit doit-il contenir une radio à piles ou à manivelle ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Pour recevoir les informations officielles même sans électricité "
                                "ni internet"
                            ),
                            "correct": True,
                            "feedback": (
                                "Exact. La radio continue souvent d'émettre quand les autres "
                                "réseaux tombent en panne : vous pouvez donc toujours entendre "
                                "les consignes des autorités."
                            ),
                        },
                        {
                            "text": "Pour écouter de la musique et occuper les enfants",
                            "correct": False,
                            "feedback": (
                                "La musique peut aider, mais la raison principale est d'entendre "
                                "les alertes et les consignes des autorités."
                            ),
                        },
                        {
                            "text": "Pour appeler les secours",
                            "correct": False,
                            "feedback": (
                                "Une radio ne fait que recevoir des émissions. Elle ne permet "
                                "d'appeler personne."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "À quelle fréquence faut-il vérifier votre kit ?",
                    "choices": [
                        {
                            "text": "Seulement quand une catastrophe est annoncée",
                            "correct": False,
                            "feedback": (
                                "À ce moment-là, les magasins risquent d'être fermés ou pris "
                                "d'assaut, et vous n'aurez pas le temps de compléter ce qui "
                                "manque."
                            ),
                        },
                        {
                            "text": "Deux fois par an",
                            "correct": True,
                            "feedback": (
                                "Exact. Une vérification deux fois par an permet de remplacer à "
                                "temps la nourriture, l'eau et les médicaments périmés, ainsi que "
                                "les piles usées."
                            ),
                        },
                        {
                            "text": "Une fois tous les dix ans",
                            "correct": False,
                            "feedback": (
                                "La nourriture, l'eau, les médicaments et les piles se périment "
                                "bien avant."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Votre voisine vit avec son père âgé et un chien. Que doit-elle ajouter à "
                        "son kit ? Cochez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": "Les médicaments de son père et des copies de ses ordonnances",
                            "correct": True,
                            "feedback": (
                                "Oui. Les pharmacies peuvent être fermées, et une copie de "
                                "l'ordonnance aide un médecin à remplacer des médicaments perdus."
                            ),
                        },
                        {
                            "text": "De la nourriture, de l'eau et une laisse pour le chien",
                            "correct": True,
                            "feedback": (
                                "Oui. En cas d'urgence, les animaux dépendent de vous et ont "
                                "besoin de leurs propres réserves."
                            ),
                        },
                        {
                            "text": (
                                "Des lunettes de rechange ou des piles pour l'appareil auditif, "
                                "si son père en utilise"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Sans eux, il risque de ne pas pouvoir lire les consignes ni "
                                "entendre les alertes."
                            ),
                        },
                        {
                            "text": "Rien, car un kit standard convient à tout le monde",
                            "correct": False,
                            "feedback": (
                                "Non. Un kit doit correspondre aux besoins réels de chaque "
                                "personne et de chaque animal du foyer."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Où vaut-il mieux garder les copies de vos documents importants ?",
                    "choices": [
                        {
                            "text": (
                                "Dans une pochette étanche dans votre kit, avec des copies "
                                "numériques bien protégées"
                            ),
                            "correct": True,
                            "feedback": (
                                "Exact. La pochette étanche protège les copies papier, et les "
                                "copies numériques servent de secours si le sac est perdu."
                            ),
                        },
                        {
                            "text": "En vrac dans un tiroir à la maison",
                            "correct": False,
                            "feedback": (
                                "Si vous devez partir vite, vous risquez de ne pas les retrouver, "
                                "et l'eau ou le feu peuvent les détruire."
                            ),
                        },
                        {
                            "text": "Nulle part, car vous n'en aurez pas besoin en cas d'urgence",
                            "correct": False,
                            "feedback": (
                                "Après une catastrophe, vous devrez peut-être prouver votre "
                                "identité, accéder à votre banque ou déclarer un sinistre à votre "
                                "assurance."
                            ),
                        },
                    ],
                },
            ],
        },
        "uk": {
            "title": "Зберіть тривожний набір на 72 години",
            "summary": (
                "Під час катастрофи рятувальникам може знадобитися кілька днів, щоб дістатися до "
                "всіх. Заздалегідь зібраний набір допоможе вашій родині самостійно протриматися "
                "щонайменше три дні."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Через бурю, повінь або тривале відключення електроенергії ваш район "
                            "може залишитися без води, світла, відкритих магазинів і мобільного "
                            "зв'язку. Рятувальники насамперед допомагають тим, хто в найбільшій "
                            "небезпеці, тож вашій родині, можливо, доведеться якийсь час дбати "
                            "про себе самостійно."
                        ),
                        (
                            "Набір на 72 години – це сумка або коробка з усім, що потрібно, щоб "
                            "протриматися три дні. Зберігайте його в одному місці, яке знають "
                            "усі, біля виходу, щоб швидко схопити, якщо доведеться піти з дому."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Вода та їжа",
                ),
                (
                    "text",
                    [
                        (
                            "Розраховуйте приблизно 2 літри питної води на людину на день, а "
                            "також трохи води, щоб умитися й почистити зуби. Для родини з "
                            "чотирьох людей це щонайменше 24 літри питної води на три дні. "
                            "Обирайте закриті пляшки та стежте за терміном придатності."
                        ),
                        (
                            "Обирайте продукти, які довго зберігаються і які можна їсти без "
                            "приготування: рибні або бобові консерви, галети, сухофрукти, горіхи, "
                            "батончики з пластівців. Покладіть механічну відкривачку для "
                            "консервів. Замінюйте воду та їжу до закінчення терміну придатності, "
                            "а старі запаси використовуйте вдома, щоб нічого не пропало."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "Що покласти в набір",
                        "items": [
                            "Питна вода: приблизно 2 літри на людину на день, на 3 дні",
                            "Їжа, яку не треба готувати, і механічна відкривачка для консервів",
                            "Ліки, які ви зазвичай приймаєте, і копії рецептів",
                            "Аптечка першої допомоги",
                            "Ліхтарик і запасні батарейки",
                            "Радіоприймач на батарейках або з ручною зарядкою",
                            "Заряджений павербанк і кабель для телефона",
                            "Трохи готівки дрібними купюрами та монетами",
                            (
                                "Копії посвідчень особи, страхових документів і важливих "
                                "контактів у водонепроникному пакеті"
                            ),
                            (
                                "Мило, туалетний папір, вологі серветки, засоби особистої гігієни "
                                "та пакети для сміття"
                            ),
                            "Теплий одяг, ковдра та міцне взуття",
                            "Запасні окуляри, запасні ключі та паперовий список номерів телефонів",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Уникайте свічок",
                        "text": (
                            "Під час відключень світла свічки часто спричиняють пожежі. "
                            "Користуйтеся ліхтариком або лампою на батарейках. Якщо вам усе ж "
                            "доводиться запалити свічку, поставте її в стійкий підсвічник, подалі "
                            "від штор, і ніколи не залишайте без нагляду."
                        ),
                    },
                ),
                (
                    "heading",
                    "Подумайте про кожного члена родини",
                ),
                (
                    "text",
                    [
                        (
                            "Пристосуйте набір до потреб людей, які живуть із вами. Немовлятам "
                            "потрібні підгузки, дитяча суміш і пляшечки. Літнім людям можуть "
                            "знадобитися запасні окуляри, батарейки для слухового апарата або "
                            "засоби для ходіння. Людям з інвалідністю може знадобитися додатковий "
                            "запас медичних виробів або заряджений акумулятор для крісла "
                            "колісного."
                        ),
                        (
                            "Домашнім тваринам теж потрібні корм, вода, повідець або переноска та "
                            "їхні ліки. Дітям легше пережити складну ситуацію, якщо поруч є "
                            "маленька іграшка, книжка чи гра."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Зберігайте й цифрові копії",
                        "text": (
                            "Сфотографуйте або відскануйте документи й збережіть їх у захищеному "
                            "онлайн-сховищі або на зашифрованій флешці. Якщо паперові копії "
                            "загубляться, ви все одно зможете підтвердити свою особу та "
                            "зв'язатися зі страховою компанією."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Складіть список того, що потрібно вашій родині, і зберіть усе в "
                                "одну сумку чи коробку."
                            ),
                            (
                                "Зберігайте набір у прохолодному сухому місці, до якого легко "
                                "дістатися."
                            ),
                            "Розкажіть усім членам родини, де лежить набір.",
                        ],
                        "during": [
                            "Візьміть набір із собою, якщо вам скажуть залишити домівку.",
                            "Слухайте радіо, щоб отримувати офіційну інформацію та вказівки.",
                            "Розподіляйте воду та їжу ощадливо, щоб їх вистачило на три дні.",
                        ],
                        "after": [
                            "Поповніть усе, що ви використали, щойно знову відкриються магазини.",
                            "Перевіряйте набір двічі на рік, наприклад навесні та восени.",
                            (
                                "Замінюйте прострочені продукти, воду й ліки, а також старі "
                                "батарейки."
                            ),
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": "Скільки питної води треба запасти для однієї людини на три дні?",
                    "choices": [
                        {
                            "text": "Приблизно 2 літри",
                            "correct": False,
                            "feedback": (
                                "Цього вистачить лише на один день. Потрібно приблизно 2 літри на "
                                "кожен із трьох днів."
                            ),
                        },
                        {
                            "text": "Приблизно 6 літрів",
                            "correct": True,
                            "feedback": (
                                "Правильно: приблизно 2 літри на день протягом 3 днів – це 6 "
                                "літрів питної води. Додайте трохи води для гігієни."
                            ),
                        },
                        {
                            "text": "Приблизно 20 літрів",
                            "correct": False,
                            "feedback": (
                                "Це набагато більше, ніж одна людина випиває за три дні. Такий "
                                "запас важкий, займає багато місця, і його складно оновлювати."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Які з цих продуктів підходять для набору? Оберіть усі правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": "Бобові або рибні консерви та механічна відкривачка",
                            "correct": True,
                            "feedback": (
                                "Так. Консерви довго зберігаються і їх можна їсти холодними, а "
                                "механічна відкривачка працює без електрики."
                            ),
                        },
                        {
                            "text": "Заморожена піца",
                            "correct": False,
                            "feedback": (
                                "Ні. Для неї потрібні морозильник і духовка, а вони можуть не "
                                "працювати під час надзвичайної ситуації."
                            ),
                        },
                        {
                            "text": "Батончики з пластівців і сухофрукти",
                            "correct": True,
                            "feedback": (
                                "Так. Вони легкі, зберігаються місяцями й не потребують "
                                "приготування."
                            ),
                        },
                        {
                            "text": "Свіже молоко",
                            "correct": False,
                            "feedback": (
                                "Ні. Без холодильника свіже молоко псується за кілька годин. "
                                "Краще взяти ультрапастеризоване молоко в пакеті."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Під час відключення світла свічки – найбезпечніший спосіб освітити оселю."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": False,
                            "feedback": (
                                "Свічки часто спричиняють пожежі під час відключень світла. "
                                "Ліхтарик або лампа на батарейках набагато безпечніші."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Ліхтарик або лампа на батарейках дають світло без "
                                "ризику пожежі."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Навіщо в наборі радіоприймач на батарейках або з ручною зарядкою?",
                    "choices": [
                        {
                            "text": (
                                "Щоб отримувати офіційну інформацію навіть без світла та інтернету"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Радіо часто працює, коли інші мережі не діють, тож ви "
                                "почуєте, що радить влада."
                            ),
                        },
                        {
                            "text": "Щоб слухати музику й розважати дітей",
                            "correct": False,
                            "feedback": (
                                "Музика може допомогти, але головне – чути попередження та "
                                "вказівки влади."
                            ),
                        },
                        {
                            "text": "Щоб викликати рятувальників",
                            "correct": False,
                            "feedback": (
                                "Радіоприймач лише приймає передачі. Зателефонувати з нього "
                                "нікому не можна."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Як часто треба перевіряти набір?",
                    "choices": [
                        {
                            "text": "Лише тоді, коли оголошують про загрозу катастрофи",
                            "correct": False,
                            "feedback": (
                                "У цей момент магазини можуть бути зачинені або переповнені, і ви "
                                "не встигнете докупити те, чого бракує."
                            ),
                        },
                        {
                            "text": "Двічі на рік",
                            "correct": True,
                            "feedback": (
                                "Правильно. Перевірка двічі на рік дає змогу вчасно замінити "
                                "прострочені продукти, воду, ліки та розряджені батарейки."
                            ),
                        },
                        {
                            "text": "Раз на десять років",
                            "correct": False,
                            "feedback": (
                                "Термін придатності їжі, води, ліків і батарейок закінчується "
                                "набагато раніше."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Ваша сусідка живе з літнім батьком і собакою. Що їй варто додати до "
                        "набору? Оберіть усі правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": "Ліки батька та копії його рецептів",
                            "correct": True,
                            "feedback": (
                                "Так. Аптеки можуть бути зачинені, а копія рецепта допоможе "
                                "лікарю замінити втрачені ліки."
                            ),
                        },
                        {
                            "text": "Корм, воду та повідець для собаки",
                            "correct": True,
                            "feedback": (
                                "Так. Під час надзвичайної ситуації тварини залежать від вас, і "
                                "їм потрібні власні запаси."
                            ),
                        },
                        {
                            "text": (
                                "Запасні окуляри або батарейки для слухового апарата, якщо батько "
                                "ними користується"
                            ),
                            "correct": True,
                            "feedback": (
                                "Так. Без них він може не прочитати вказівки або не почути "
                                "попередження."
                            ),
                        },
                        {
                            "text": "Нічого, адже стандартний набір підходить усім",
                            "correct": False,
                            "feedback": (
                                "Ні. Набір має відповідати справжнім потребам кожної людини й "
                                "кожної тварини в родині."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Де найкраще зберігати копії важливих документів?",
                    "choices": [
                        {
                            "text": (
                                "У водонепроникному пакеті в наборі, а цифрові копії – у "
                                "захищеному місці"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Водонепроникний пакет захищає паперові копії, а "
                                "цифрові стануть у пригоді, якщо сумка загубиться."
                            ),
                        },
                        {
                            "text": "Просто в шухляді вдома",
                            "correct": False,
                            "feedback": (
                                "Якщо доведеться швидко піти, ви можете їх не знайти, а вода чи "
                                "вогонь можуть їх знищити."
                            ),
                        },
                        {
                            "text": "Ніде, бо під час надзвичайної ситуації вони не знадобляться",
                            "correct": False,
                            "feedback": (
                                "Після катастрофи вам, можливо, доведеться підтвердити свою "
                                "особу, отримати доступ до банку або звернутися по страхову "
                                "виплату."
                            ),
                        },
                    ],
                },
            ],
        },
        "ar": {
            "title": "جهّز حقيبة طوارئ تكفي 72 ساعة",
            "summary": (
                "عند وقوع كارثة، قد تحتاج فرق الإغاثة إلى عدة أيام للوصول إلى الجميع. تساعد حقيبة "
                "طوارئ مُعدّة مسبقًا أسرتك على الاعتماد على نفسها ثلاثة أيام على الأقل."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "قد تترك العواصف أو الفيضانات أو الانقطاع الطويل للكهرباء منطقتك دون "
                            "ماء أو كهرباء أو متاجر مفتوحة أو شبكة هاتف. وعلى فرق الطوارئ أن "
                            "تساعد أولًا الأشخاص المعرّضين لأكبر خطر، لذلك قد تضطر أسرتك إلى "
                            "تدبير أمورها بنفسها لبعض الوقت."
                        ),
                        (
                            "حقيبة الـ72 ساعة هي حقيبة أو صندوق يضم كل ما تحتاجه لتجاوز ثلاثة "
                            "أيام. احفظها في مكان واحد يعرفه الجميع، قرب باب الخروج، حتى تتمكن من "
                            "أخذها بسرعة إذا اضطررت إلى المغادرة."
                        ),
                    ],
                ),
                (
                    "heading",
                    "الماء والطعام",
                ),
                (
                    "text",
                    [
                        (
                            "خصّص نحو لترين من مياه الشرب لكل شخص في اليوم، إضافة إلى كمية قليلة "
                            "للاغتسال وتنظيف الأسنان. فالأسرة المكوّنة من أربعة أشخاص تحتاج إلى "
                            "24 لترًا من مياه الشرب على الأقل لثلاثة أيام. استخدم عبوات مغلقة "
                            "ودوّن تاريخ انتهاء صلاحيتها."
                        ),
                        (
                            "اختر أطعمة تدوم طويلًا ويمكن أكلها دون طهي، مثل علب السمك أو الفول، "
                            "والبسكويت المالح، والفواكه المجففة، والمكسرات، وألواح الحبوب. ولا "
                            "تنسَ فتّاحة علب يدوية. استبدل الماء والطعام قبل انتهاء صلاحيتهما، "
                            "واستهلك المخزون القديم في البيت حتى لا يُهدر شيء."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "ماذا تضع في حقيبتك",
                        "items": [
                            "مياه الشرب: نحو لترين لكل شخص في اليوم، لمدة 3 أيام",
                            "طعام لا يحتاج إلى طهي، وفتّاحة علب يدوية",
                            "أدويتك المعتادة ونسخ من وصفاتك الطبية",
                            "حقيبة إسعافات أولية",
                            "مصباح يدوي وبطاريات احتياطية",
                            "راديو يعمل بالبطاريات أو بالتدوير اليدوي",
                            "شاحن متنقل مشحون وكابل للهاتف",
                            "قليل من النقود من فئات صغيرة وعملات معدنية",
                            (
                                "نسخ من بطاقات الهوية ووثائق التأمين وأرقام الاتصال المهمة في كيس "
                                "مقاوم للماء"
                            ),
                            "صابون، ورق مرحاض، مناديل مبللة، فوط صحية، وأكياس قمامة",
                            "ملابس دافئة وبطانية وحذاء متين",
                            "نظارة احتياطية ومفاتيح احتياطية وقائمة ورقية بأرقام الهواتف",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "تجنّب الشموع",
                        "text": (
                            "كثيرًا ما تتسبب الشموع في حرائق المنازل أثناء انقطاع الكهرباء. "
                            "استخدم بدلًا منها مصباحًا يدويًا أو مصباحًا يعمل بالبطاريات. وإذا "
                            "اضطررت فعلًا إلى إشعال شمعة، فضعها على حامل ثابت بعيدًا عن الستائر، "
                            "ولا تتركها مشتعلة دون مراقبة أبدًا."
                        ),
                    },
                ),
                (
                    "heading",
                    "فكّر في كل فرد من أفراد بيتك",
                ),
                (
                    "text",
                    [
                        (
                            "كيّف الحقيبة حسب احتياجات من يعيشون معك. فالرضّع يحتاجون إلى حفاضات "
                            "وحليب أطفال ورضّاعات. وقد يحتاج كبار السن إلى نظارة احتياطية أو "
                            "بطاريات لسماعة الأذن أو أداة مساعدة على المشي. وقد يحتاج الأشخاص ذوو "
                            "الإعاقة إلى مستلزمات طبية إضافية أو بطارية مشحونة للكرسي المتحرك."
                        ),
                        (
                            "والحيوانات الأليفة أيضًا تحتاج إلى طعام وماء ورسن أو قفص نقل، وإلى "
                            "أدويتها. أما الأطفال فيتحملون الموقف بشكل أفضل إذا كانت معهم لعبة "
                            "صغيرة أو كتاب أو لعبة مسلية."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "احتفظ بنسخ رقمية أيضًا",
                        "text": (
                            "صوّر وثائقك أو امسحها ضوئيًا واحفظها في حساب آمن على الإنترنت أو على "
                            "ذاكرة USB مشفّرة. فإذا ضاعت النسخ الورقية، ستظل قادرًا على إثبات "
                            "هويتك والتواصل مع شركة التأمين."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            "اكتب قائمة بما تحتاجه أسرتك واجمعه في حقيبة أو صندوق واحد.",
                            "احفظ الحقيبة في مكان بارد وجاف يسهل الوصول إليه.",
                            "أخبر جميع أفراد أسرتك بمكان الحقيبة.",
                        ],
                        "during": [
                            "خذ الحقيبة معك إذا طُلب منك مغادرة منزلك.",
                            "استمع إلى الراديو لتلقّي المعلومات والتعليمات الرسمية.",
                            "وزّع الماء والطعام بحكمة حتى يكفيا ثلاثة أيام.",
                        ],
                        "after": [
                            "عوّض كل ما استخدمته فور إعادة فتح المتاجر.",
                            "افحص الحقيبة مرتين في السنة، مثلًا في الربيع وفي الخريف.",
                            "استبدل الطعام والماء والأدوية منتهية الصلاحية، والبطاريات القديمة.",
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": "كم يجب أن تخزّن من مياه الشرب لشخص واحد لمدة ثلاثة أيام؟",
                    "choices": [
                        {
                            "text": "نحو لترين",
                            "correct": False,
                            "feedback": (
                                "هذه الكمية تكفي يومًا واحدًا فقط. تحتاج إلى نحو لترين لكل يوم من "
                                "الأيام الثلاثة."
                            ),
                        },
                        {
                            "text": "نحو 6 لترات",
                            "correct": True,
                            "feedback": (
                                "صحيح: نحو لترين في اليوم لمدة 3 أيام يساوي 6 لترات من مياه "
                                "الشرب. أضف كمية قليلة للنظافة الشخصية."
                            ),
                        },
                        {
                            "text": "نحو 20 لترًا",
                            "correct": False,
                            "feedback": (
                                "هذه الكمية أكبر بكثير مما يشربه شخص واحد في ثلاثة أيام، وستكون "
                                "ثقيلة ويصعب تخزينها وتجديدها."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": "أيّ هذه الأطعمة مناسب لحقيبتك؟ اختر كل الإجابات الصحيحة.",
                    "choices": [
                        {
                            "text": "علب الفول أو السمك مع فتّاحة علب يدوية",
                            "correct": True,
                            "feedback": (
                                "نعم. تدوم المعلّبات طويلًا ويمكن أكلها باردة، والفتّاحة اليدوية "
                                "تعمل دون كهرباء."
                            ),
                        },
                        {
                            "text": "بيتزا مجمّدة",
                            "correct": False,
                            "feedback": (
                                "لا. فهي تحتاج إلى مجمّد وفرن، وقد يتوقف كلاهما عن العمل في حالة "
                                "الطوارئ."
                            ),
                        },
                        {
                            "text": "ألواح الحبوب والفواكه المجففة",
                            "correct": True,
                            "feedback": "نعم. فهي خفيفة وتدوم أشهرًا ولا تحتاج إلى طهي.",
                        },
                        {
                            "text": "حليب طازج",
                            "correct": False,
                            "feedback": (
                                "لا. يفسد الحليب الطازج خلال ساعات دون ثلاجة. الحليب المعقّم طويل "
                                "الأمد في علب كرتونية خيار أفضل."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": "أثناء انقطاع الكهرباء، الشموع هي أكثر الطرق أمانًا لإنارة المنزل.",
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": False,
                            "feedback": (
                                "الشموع من الأسباب الشائعة لحرائق المنازل أثناء انقطاع الكهرباء. "
                                "المصباح اليدوي أو المصباح الذي يعمل بالبطاريات أكثر أمانًا "
                                "بكثير."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": True,
                            "feedback": (
                                "صحيح. المصباح اليدوي أو المصباح الذي يعمل بالبطاريات يمنحك الضوء "
                                "دون خطر نشوب حريق."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "لماذا يجب أن تحتوي حقيبتك على راديو يعمل بالبطاريات أو بالتدوير اليدوي؟"
                    ),
                    "choices": [
                        {
                            "text": "لتلقّي المعلومات الرسمية حتى عند انقطاع الكهرباء والإنترنت",
                            "correct": True,
                            "feedback": (
                                "صحيح. كثيرًا ما يستمر البث الإذاعي عندما تتعطل الشبكات الأخرى، "
                                "فتبقى قادرًا على سماع توجيهات السلطات."
                            ),
                        },
                        {
                            "text": "لتشغيل الموسيقى وتسلية الأطفال",
                            "correct": False,
                            "feedback": (
                                "قد تفيد الموسيقى، لكن السبب الرئيسي هو سماع التحذيرات والتعليمات "
                                "الصادرة عن السلطات."
                            ),
                        },
                        {
                            "text": "للاتصال بخدمات الطوارئ",
                            "correct": False,
                            "feedback": (
                                "الراديو يستقبل البث فقط، ولا يمكنك الاتصال بأحد من خلاله."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "كم مرة يجب أن تفحص حقيبتك؟",
                    "choices": [
                        {
                            "text": "فقط عند الإعلان عن كارثة",
                            "correct": False,
                            "feedback": (
                                "في ذلك الوقت قد تكون المتاجر مغلقة أو مزدحمة، ولن يتوفر لك الوقت "
                                "لتعويض ما ينقصك."
                            ),
                        },
                        {
                            "text": "مرتين في السنة",
                            "correct": True,
                            "feedback": (
                                "صحيح. الفحص مرتين في السنة يتيح لك استبدال الطعام والماء "
                                "والأدوية منتهية الصلاحية والبطاريات الفارغة في الوقت المناسب."
                            ),
                        },
                        {
                            "text": "مرة كل عشر سنوات",
                            "correct": False,
                            "feedback": (
                                "تنتهي صلاحية الطعام والماء والأدوية والبطاريات قبل ذلك بكثير."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "تعيش جارتك مع والدها المسنّ وكلب. ماذا يجب أن تضيف إلى حقيبتها؟ اختر كل "
                        "الإجابات الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "أدوية والدها ونسخًا من وصفاته الطبية",
                            "correct": True,
                            "feedback": (
                                "نعم. قد تكون الصيدليات مغلقة، ونسخة الوصفة تساعد الطبيب على "
                                "تعويض الأدوية المفقودة."
                            ),
                        },
                        {
                            "text": "طعامًا وماءً ورسنًا للكلب",
                            "correct": True,
                            "feedback": (
                                "نعم. تعتمد الحيوانات الأليفة عليك في حالات الطوارئ وتحتاج إلى "
                                "مؤونتها الخاصة."
                            ),
                        },
                        {
                            "text": (
                                "نظارة احتياطية أو بطاريات لسماعة الأذن إن كان والدها يستخدمها"
                            ),
                            "correct": True,
                            "feedback": (
                                "نعم. فبدونها قد لا يتمكن من قراءة التعليمات أو سماع التحذيرات."
                            ),
                        },
                        {
                            "text": "لا شيء، فالحقيبة العادية تناسب الجميع",
                            "correct": False,
                            "feedback": (
                                "لا. يجب أن تلبّي الحقيبة الاحتياجات الفعلية لكل شخص وكل حيوان في "
                                "البيت."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "أين من الأفضل أن تحتفظ بنسخ وثائقك المهمة؟",
                    "choices": [
                        {
                            "text": "في كيس مقاوم للماء داخل حقيبتك، مع نسخ رقمية محفوظة بأمان",
                            "correct": True,
                            "feedback": (
                                "صحيح. يحمي الكيس المقاوم للماء النسخ الورقية، وتكون النسخ "
                                "الرقمية بديلًا إذا ضاعت الحقيبة."
                            ),
                        },
                        {
                            "text": "متناثرة في درج في البيت",
                            "correct": False,
                            "feedback": (
                                "إذا اضطررت إلى المغادرة بسرعة فقد لا تجدها، وقد يتلفها الماء أو "
                                "النار."
                            ),
                        },
                        {
                            "text": "لا داعي لها، فلن تحتاجها في حالة الطوارئ",
                            "correct": False,
                            "feedback": (
                                "بعد الكارثة قد تحتاج إلى إثبات هويتك أو الوصول إلى حسابك المصرفي "
                                "أو تقديم طلب تعويض للتأمين."
                            ),
                        },
                    ],
                },
            ],
        },
        "de": {
            "title": "Ein Notfallset für 72 Stunden zusammenstellen",
            "summary": (
                "Bei einer Katastrophe kann es mehrere Tage dauern, bis Hilfe alle Menschen "
                "erreicht. Mit einem fertig gepackten Notfallset kommt Ihr Haushalt mindestens "
                "drei Tage lang allein zurecht."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Unwetter, Hochwasser oder ein langer Stromausfall können dazu führen, "
                            "dass es in Ihrer Gegend kein Wasser, keinen Strom, keine geöffneten "
                            "Geschäfte und kein Telefonnetz mehr gibt. Die Einsatzkräfte müssen "
                            "zuerst den Menschen helfen, die in größter Gefahr sind. Deshalb muss "
                            "sich Ihr Haushalt vielleicht eine Zeit lang selbst versorgen."
                        ),
                        (
                            "Ein Notfallset für 72 Stunden ist eine Tasche oder Kiste mit allem, "
                            "was Sie brauchen, um drei Tage zu überstehen. Bewahren Sie es an "
                            "einem festen Ort auf, den alle kennen, in der Nähe des Ausgangs. So "
                            "können Sie es schnell mitnehmen, wenn Sie Ihre Wohnung verlassen "
                            "müssen."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Wasser und Lebensmittel",
                ),
                (
                    "text",
                    [
                        (
                            "Planen Sie etwa 2 Liter Trinkwasser pro Person und Tag ein, dazu "
                            "etwas mehr zum Waschen und Zähneputzen. Für eine vierköpfige Familie "
                            "sind das mindestens 24 Liter Trinkwasser für drei Tage. Nehmen Sie "
                            "verschlossene Flaschen und notieren Sie sich das Haltbarkeitsdatum."
                        ),
                        (
                            "Wählen Sie Lebensmittel, die lange haltbar sind und ohne Kochen "
                            "gegessen werden können: Fisch oder Bohnen aus der Dose, Cracker, "
                            "Trockenobst, Nüsse und Müsliriegel. Packen Sie einen Handdosenöffner "
                            "ein. Ersetzen Sie Wasser und Lebensmittel, bevor sie ablaufen, und "
                            "verbrauchen Sie die alten Vorräte zu Hause, damit nichts verschwendet "
                            "wird."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "Das gehört in Ihr Notfallset",
                        "items": [
                            "Trinkwasser: etwa 2 Liter pro Person und Tag, für 3 Tage",
                            (
                                "Lebensmittel, die nicht gekocht werden müssen, und ein "
                                "Handdosenöffner"
                            ),
                            "Ihre gewohnten Medikamente und Kopien Ihrer Rezepte",
                            "Ein Erste-Hilfe-Set",
                            "Eine Taschenlampe und Ersatzbatterien",
                            "Ein batteriebetriebenes Radio oder ein Kurbelradio",
                            "Eine geladene Powerbank und ein Ladekabel für das Handy",
                            "Etwas Bargeld in kleinen Scheinen und Münzen",
                            (
                                "Kopien von Ausweisen und Versicherungsunterlagen sowie wichtige "
                                "Kontaktdaten, in einer wasserdichten Hülle"
                            ),
                            (
                                "Seife, Toilettenpapier, Feuchttücher, Menstruationsartikel und "
                                "Müllbeutel"
                            ),
                            "Warme Kleidung, eine Decke und festes Schuhwerk",
                            (
                                "Ersatzbrille, Ersatzschlüssel und eine Liste wichtiger "
                                "Telefonnummern auf Papier"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Verzichten Sie auf Kerzen",
                        "text": (
                            "Kerzen lösen bei Stromausfällen oft Wohnungsbrände aus. Nutzen Sie "
                            "stattdessen eine Taschenlampe oder eine Batterielampe. Wenn Sie doch "
                            "eine Kerze anzünden müssen, stellen Sie sie in einen standfesten "
                            "Halter, weit weg von Vorhängen, und lassen Sie sie nie "
                            "unbeaufsichtigt brennen."
                        ),
                    },
                ),
                (
                    "heading",
                    "Denken Sie an alle in Ihrem Haushalt",
                ),
                (
                    "text",
                    [
                        (
                            "Passen Sie das Set an die Menschen an, die mit Ihnen zusammenleben. "
                            "Babys brauchen Windeln, Säuglingsnahrung und Fläschchen. Ältere "
                            "Menschen brauchen vielleicht eine Ersatzbrille, Batterien für das "
                            "Hörgerät oder eine Gehhilfe. Menschen mit Behinderungen brauchen "
                            "unter Umständen zusätzliches medizinisches Material oder einen "
                            "geladenen Akku für den Rollstuhl."
                        ),
                        (
                            "Auch Haustiere brauchen Futter, Wasser, eine Leine oder eine "
                            "Transportbox und ihre Medikamente. Kinder kommen besser zurecht, wenn "
                            "sie ein kleines Spielzeug, ein Buch oder ein Spiel dabeihaben."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Legen Sie auch digitale Kopien an",
                        "text": (
                            "Fotografieren oder scannen Sie Ihre Dokumente und speichern Sie sie "
                            "in einem sicheren Online-Konto oder auf einem verschlüsselten "
                            "USB-Stick. Wenn die Papierkopien verloren gehen, können Sie trotzdem "
                            "nachweisen, wer Sie sind, und sich an Ihre Versicherung wenden."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Schreiben Sie auf, was Ihr Haushalt braucht, und sammeln Sie "
                                "alles in einer Tasche oder Kiste."
                            ),
                            (
                                "Lagern Sie das Set an einem kühlen, trockenen Ort, den Sie leicht "
                                "erreichen."
                            ),
                            "Sagen Sie allen in Ihrem Haushalt, wo das Set steht.",
                        ],
                        "during": [
                            (
                                "Nehmen Sie das Set mit, wenn Sie aufgefordert werden, Ihre "
                                "Wohnung zu verlassen."
                            ),
                            (
                                "Hören Sie Radio, um offizielle Informationen und Anweisungen zu "
                                "erhalten."
                            ),
                            (
                                "Teilen Sie Wasser und Lebensmittel sorgfältig ein, damit sie drei "
                                "Tage reichen."
                            ),
                        ],
                        "after": [
                            (
                                "Ersetzen Sie alles, was Sie verbraucht haben, sobald die "
                                "Geschäfte wieder öffnen."
                            ),
                            (
                                "Prüfen Sie das Set zweimal im Jahr, zum Beispiel im Frühling und "
                                "im Herbst."
                            ),
                            (
                                "Tauschen Sie abgelaufene Lebensmittel, Wasser und Medikamente "
                                "sowie alte Batterien aus."
                            ),
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Wie viel Trinkwasser sollten Sie für eine Person für drei Tage vorrätig "
                        "haben?"
                    ),
                    "choices": [
                        {
                            "text": "Etwa 2 Liter",
                            "correct": False,
                            "feedback": (
                                "Das reicht nur für einen Tag. Sie brauchen etwa 2 Liter für jeden "
                                "der drei Tage."
                            ),
                        },
                        {
                            "text": "Etwa 6 Liter",
                            "correct": True,
                            "feedback": (
                                "Richtig: Etwa 2 Liter pro Tag für 3 Tage ergeben 6 Liter "
                                "Trinkwasser. Planen Sie etwas mehr für die Hygiene ein."
                            ),
                        },
                        {
                            "text": "Etwa 20 Liter",
                            "correct": False,
                            "feedback": (
                                "Das ist weit mehr, als eine Person in drei Tagen trinkt. So viel "
                                "Wasser wäre schwer und ließe sich nur mühsam lagern und erneuern."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Welche dieser Lebensmittel eignen sich für Ihr Notfallset? Wählen Sie "
                        "alle zutreffenden Antworten."
                    ),
                    "choices": [
                        {
                            "text": "Bohnen oder Fisch aus der Dose, mit einem Handdosenöffner",
                            "correct": True,
                            "feedback": (
                                "Ja. Konserven sind lange haltbar und können kalt gegessen werden, "
                                "und ein Handdosenöffner funktioniert ohne Strom."
                            ),
                        },
                        {
                            "text": "Tiefkühlpizza",
                            "correct": False,
                            "feedback": (
                                "Nein. Dafür brauchen Sie einen Gefrierschrank und einen Backofen, "
                                "und beide können im Notfall ausfallen."
                            ),
                        },
                        {
                            "text": "Müsliriegel und Trockenobst",
                            "correct": True,
                            "feedback": (
                                "Ja. Sie sind leicht, monatelang haltbar und müssen nicht gekocht "
                                "werden."
                            ),
                        },
                        {
                            "text": "Frischmilch",
                            "correct": False,
                            "feedback": (
                                "Nein. Frischmilch verdirbt ohne Kühlschrank innerhalb weniger "
                                "Stunden. H-Milch im Karton ist die bessere Wahl."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Bei einem Stromausfall sind Kerzen die sicherste Art, Ihre Wohnung zu "
                        "beleuchten."
                    ),
                    "choices": [
                        {
                            "text": "Richtig",
                            "correct": False,
                            "feedback": (
                                "Kerzen sind bei Stromausfällen eine häufige Ursache für "
                                "Wohnungsbrände. Eine Taschenlampe oder eine Batterielampe ist "
                                "viel sicherer."
                            ),
                        },
                        {
                            "text": "Falsch",
                            "correct": True,
                            "feedback": (
                                "Genau. Eine Taschenlampe oder eine Batterielampe gibt Ihnen "
                                "Licht, ohne dass ein Brand entstehen kann."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Warum gehört ein batteriebetriebenes Radio oder ein Kurbelradio in Ihr "
                        "Notfallset?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Um offizielle Informationen zu hören, auch wenn Strom und "
                                "Internet ausgefallen sind"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Radiosender sind oft noch zu empfangen, wenn andere "
                                "Netze ausfallen. So erfahren Sie weiterhin, was die Behörden "
                                "raten."
                            ),
                        },
                        {
                            "text": "Um Musik zu hören und Kinder zu beschäftigen",
                            "correct": False,
                            "feedback": (
                                "Musik kann helfen, aber vor allem geht es darum, Warnungen und "
                                "Anweisungen der Behörden zu hören."
                            ),
                        },
                        {
                            "text": "Um den Notruf zu wählen",
                            "correct": False,
                            "feedback": (
                                "Ein Radio kann nur Sendungen empfangen. Sie können damit "
                                "niemanden anrufen."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Wie oft sollten Sie Ihr Notfallset überprüfen?",
                    "choices": [
                        {
                            "text": "Nur wenn eine Katastrophe angekündigt wird",
                            "correct": False,
                            "feedback": (
                                "Dann sind die Geschäfte vielleicht schon geschlossen oder "
                                "überfüllt, und Ihnen bleibt keine Zeit mehr, Fehlendes zu "
                                "besorgen."
                            ),
                        },
                        {
                            "text": "Zweimal im Jahr",
                            "correct": True,
                            "feedback": (
                                "Richtig. Wenn Sie zweimal im Jahr prüfen, können Sie abgelaufene "
                                "Lebensmittel, Wasser und Medikamente sowie leere Batterien "
                                "rechtzeitig ersetzen."
                            ),
                        },
                        {
                            "text": "Alle zehn Jahre",
                            "correct": False,
                            "feedback": (
                                "Lebensmittel, Wasser, Medikamente und Batterien sind lange vorher "
                                "abgelaufen."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Ihre Nachbarin lebt mit ihrem älteren Vater und einem Hund zusammen. Was "
                        "sollte sie in ihr Notfallset packen? Wählen Sie alle zutreffenden "
                        "Antworten."
                    ),
                    "choices": [
                        {
                            "text": "Die Medikamente ihres Vaters und Kopien seiner Rezepte",
                            "correct": True,
                            "feedback": (
                                "Ja. Apotheken sind vielleicht geschlossen, und mit einer Kopie "
                                "des Rezepts kann eine Ärztin oder ein Arzt verlorene Medikamente "
                                "leichter ersetzen."
                            ),
                        },
                        {
                            "text": "Futter, Wasser und eine Leine für den Hund",
                            "correct": True,
                            "feedback": (
                                "Ja. Haustiere sind im Notfall auf ihre Halter angewiesen und "
                                "brauchen eigene Vorräte."
                            ),
                        },
                        {
                            "text": (
                                "Eine Ersatzbrille oder Hörgerätebatterien, falls ihr Vater Brille "
                                "oder Hörgerät trägt"
                            ),
                            "correct": True,
                            "feedback": (
                                "Ja. Ohne sie kann er Anweisungen vielleicht nicht lesen oder "
                                "Warnungen nicht hören."
                            ),
                        },
                        {
                            "text": "Nichts, denn ein Standardset reicht für alle",
                            "correct": False,
                            "feedback": (
                                "Nein. Ein Notfallset muss zu den tatsächlichen Bedürfnissen jedes "
                                "Menschen und jedes Tieres im Haushalt passen."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Wo bewahren Sie Kopien Ihrer wichtigen Dokumente am besten auf?",
                    "choices": [
                        {
                            "text": (
                                "In einer wasserdichten Hülle in Ihrem Notfallset, dazu sicher "
                                "gespeicherte digitale Kopien"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Die wasserdichte Hülle schützt die Papierkopien, und die "
                                "digitalen Kopien dienen als Reserve, falls die Tasche verloren "
                                "geht."
                            ),
                        },
                        {
                            "text": "Lose in einer Schublade zu Hause",
                            "correct": False,
                            "feedback": (
                                "Wenn Sie schnell aufbrechen müssen, finden Sie sie vielleicht "
                                "nicht, und Wasser oder Feuer könnten sie zerstören."
                            ),
                        },
                        {
                            "text": "Nirgends, denn im Notfall brauchen Sie sie nicht",
                            "correct": False,
                            "feedback": (
                                "Nach einer Katastrophe müssen Sie vielleicht nachweisen, wer Sie "
                                "sind, auf Ihr Bankkonto zugreifen oder einen Schaden bei der "
                                "Versicherung melden."
                            ),
                        },
                    ],
                },
            ],
        },
        "pl": {
            "title": "Jak przygotować zestaw awaryjny na 72 godziny",
            "summary": (
                "Podczas katastrofy dotarcie z pomocą do wszystkich potrzebujących może potrwać "
                "kilka dni. Spakowany zawczasu zestaw pozwala domownikom samodzielnie przetrwać co "
                "najmniej trzy dni."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Burza, powódź lub długa przerwa w dostawie prądu mogą pozbawić "
                            "okolicę wody, elektryczności, otwartych sklepów i zasięgu sieci "
                            "telefonicznej. Służby ratunkowe muszą najpierw pomóc osobom w "
                            "największym niebezpieczeństwie, dlatego domownicy mogą być przez "
                            "jakiś czas zdani na siebie."
                        ),
                        (
                            "Zestaw na 72 godziny to torba lub pudło ze wszystkim, czego potrzeba, "
                            "aby przetrwać trzy dni. Należy trzymać go w jednym, znanym wszystkim "
                            "miejscu w pobliżu wyjścia, aby w razie konieczności opuszczenia domu "
                            "można go było szybko zabrać."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Woda i żywność",
                ),
                (
                    "text",
                    [
                        (
                            "Należy przewidzieć około 2 litrów wody pitnej na osobę dziennie, a do "
                            "tego trochę więcej do mycia się i szczotkowania zębów. Dla "
                            "czteroosobowej rodziny oznacza to co najmniej 24 litry wody pitnej na "
                            "trzy dni. Najlepiej wybierać fabrycznie zamknięte butelki i notować "
                            "datę ich przydatności."
                        ),
                        (
                            "Warto wybierać żywność o długim terminie przydatności, którą można "
                            "jeść bez gotowania: konserwy rybne lub fasolę w puszce, krakersy, "
                            "suszone owoce, orzechy i batony zbożowe. Trzeba też spakować ręczny "
                            "otwieracz do puszek. Wodę i żywność należy wymieniać przed upływem "
                            "terminu przydatności, a starsze zapasy zużywać w domu, aby nic się "
                            "nie zmarnowało."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "Co powinno się znaleźć w zestawie",
                        "items": [
                            "Woda pitna: około 2 litrów na osobę dziennie, na 3 dni",
                            "Żywność niewymagająca gotowania i ręczny otwieracz do puszek",
                            "Leki przyjmowane na stałe i kopie recept",
                            "Apteczka pierwszej pomocy",
                            "Latarka i zapasowe baterie",
                            "Radio na baterie lub na korbkę",
                            "Naładowany powerbank i kabel do telefonu",
                            "Trochę gotówki w drobnych banknotach i monetach",
                            (
                                "Kopie dokumentów tożsamości, dokumentów ubezpieczeniowych i listy "
                                "ważnych kontaktów, w wodoszczelnym woreczku"
                            ),
                            (
                                "Mydło, papier toaletowy, chusteczki nawilżane, środki higieny "
                                "intymnej i worki na śmieci"
                            ),
                            "Ciepłe ubrania, koc i wytrzymałe buty",
                            "Zapasowe okulary, zapasowe klucze i papierowa lista numerów telefonów",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Uwaga na świece",
                        "text": (
                            "Podczas przerw w dostawie prądu świece często są przyczyną pożarów "
                            "mieszkań. Zamiast nich lepiej używać latarki lub lampy na baterie. "
                            "Jeśli zapalenie świecy jest naprawdę konieczne, należy postawić ją w "
                            "stabilnym świeczniku, z dala od zasłon, i nigdy nie zostawiać jej "
                            "zapalonej bez nadzoru."
                        ),
                    },
                ),
                (
                    "heading",
                    "Potrzeby wszystkich domowników",
                ),
                (
                    "text",
                    [
                        (
                            "Zestaw należy dostosować do osób, z którymi się mieszka. Niemowlęta "
                            "potrzebują pieluch, mleka modyfikowanego i butelek. Osoby starsze "
                            "mogą potrzebować zapasowych okularów, baterii do aparatu słuchowego "
                            "lub sprzętu ułatwiającego chodzenie. Osoby z niepełnosprawnościami "
                            "mogą potrzebować dodatkowych materiałów medycznych lub naładowanego "
                            "akumulatora do wózka inwalidzkiego."
                        ),
                        (
                            "Zwierzęta domowe również potrzebują karmy, wody, smyczy lub "
                            "transportera, a także swoich leków. Dzieci lepiej znoszą trudną "
                            "sytuację, gdy mają przy sobie małą zabawkę, książkę lub grę."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Warto mieć też kopie cyfrowe",
                        "text": (
                            "Dokumenty warto sfotografować lub zeskanować i przechowywać na "
                            "bezpiecznym koncie internetowym albo na zaszyfrowanym pendrivie. W "
                            "razie utraty kopii papierowych nadal będzie można potwierdzić swoją "
                            "tożsamość i skontaktować się z ubezpieczycielem."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Spisać, czego potrzebują domownicy, i zebrać wszystko w jednej "
                                "torbie lub jednym pudle."
                            ),
                            "Przechowywać zestaw w chłodnym, suchym i łatwo dostępnym miejscu.",
                            "Poinformować wszystkich domowników, gdzie jest zestaw.",
                        ],
                        "during": [
                            (
                                "Zabrać zestaw ze sobą, jeśli zostanie wydane polecenie "
                                "opuszczenia domu."
                            ),
                            "Słuchać radia, aby poznać oficjalne informacje i zalecenia.",
                            "Rozważnie dzielić wodę i żywność, aby wystarczyły na trzy dni.",
                        ],
                        "after": [
                            (
                                "Uzupełnić wszystko, co zostało zużyte, gdy tylko sklepy zostaną "
                                "ponownie otwarte."
                            ),
                            "Sprawdzać zestaw dwa razy w roku, na przykład wiosną i jesienią.",
                            "Wymieniać przeterminowaną żywność, wodę i leki oraz stare baterie.",
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": "Ile wody pitnej należy zgromadzić dla jednej osoby na trzy dni?",
                    "choices": [
                        {
                            "text": "Około 2 litrów",
                            "correct": False,
                            "feedback": (
                                "To wystarczy tylko na jeden dzień. Potrzeba około 2 litrów na "
                                "każdy z trzech dni."
                            ),
                        },
                        {
                            "text": "Około 6 litrów",
                            "correct": True,
                            "feedback": (
                                "Prawidłowo: około 2 litrów dziennie przez 3 dni to 6 litrów wody "
                                "pitnej. Warto dodać trochę więcej na potrzeby higieny."
                            ),
                        },
                        {
                            "text": "Około 20 litrów",
                            "correct": False,
                            "feedback": (
                                "To znacznie więcej, niż jedna osoba wypija w ciągu trzech dni. "
                                "Taki zapas byłby ciężki, a jego przechowywanie i wymiana – "
                                "kłopotliwe."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Które z tych produktów dobrze nadają się do zestawu? Należy zaznaczyć "
                        "wszystkie poprawne odpowiedzi."
                    ),
                    "choices": [
                        {
                            "text": "Fasola lub ryba w puszce, z ręcznym otwieraczem do puszek",
                            "correct": True,
                            "feedback": (
                                "Tak. Konserwy mają długi termin przydatności i można je jeść na "
                                "zimno, a ręczny otwieracz działa bez prądu."
                            ),
                        },
                        {
                            "text": "Mrożona pizza",
                            "correct": False,
                            "feedback": (
                                "Nie. Wymaga zamrażarki i piekarnika, a oba te urządzenia mogą w "
                                "sytuacji kryzysowej przestać działać."
                            ),
                        },
                        {
                            "text": "Batony zbożowe i suszone owoce",
                            "correct": True,
                            "feedback": (
                                "Tak. Są lekkie, nadają się do spożycia przez wiele miesięcy i nie "
                                "wymagają gotowania."
                            ),
                        },
                        {
                            "text": "Świeże mleko",
                            "correct": False,
                            "feedback": (
                                "Nie. Bez lodówki świeże mleko psuje się w ciągu kilku godzin. "
                                "Lepszym wyborem jest mleko UHT w kartonie."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Podczas przerwy w dostawie prądu świece są najbezpieczniejszym sposobem "
                        "oświetlenia domu."
                    ),
                    "choices": [
                        {
                            "text": "Prawda",
                            "correct": False,
                            "feedback": (
                                "Świece są częstą przyczyną pożarów mieszkań podczas przerw w "
                                "dostawie prądu. Latarka lub lampa na baterie są znacznie "
                                "bezpieczniejsze."
                            ),
                        },
                        {
                            "text": "Fałsz",
                            "correct": True,
                            "feedback": (
                                "Prawidłowo. Latarka lub lampa na baterie dają światło bez ryzyka "
                                "wywołania pożaru."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Dlaczego w zestawie powinno się znaleźć radio na baterie lub na korbkę?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Aby słyszeć oficjalne komunikaty nawet wtedy, gdy nie ma prądu "
                                "ani internetu"
                            ),
                            "correct": True,
                            "feedback": (
                                "Prawidłowo. Radio często nadaje nadal, gdy inne sieci przestają "
                                "działać, więc wciąż można usłyszeć zalecenia władz."
                            ),
                        },
                        {
                            "text": "Aby słuchać muzyki i zająć czymś dzieci",
                            "correct": False,
                            "feedback": (
                                "Muzyka może pomóc, ale najważniejsze jest to, by słyszeć "
                                "ostrzeżenia i polecenia władz."
                            ),
                        },
                        {
                            "text": "Aby wezwać służby ratunkowe",
                            "correct": False,
                            "feedback": (
                                "Radio tylko odbiera audycje. Nie da się przez nie do nikogo "
                                "zadzwonić."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Jak często należy sprawdzać zestaw?",
                    "choices": [
                        {
                            "text": "Tylko wtedy, gdy zapowiadana jest katastrofa",
                            "correct": False,
                            "feedback": (
                                "Wtedy sklepy mogą być już zamknięte lub oblężone, a na "
                                "uzupełnienie braków zabraknie czasu."
                            ),
                        },
                        {
                            "text": "Dwa razy w roku",
                            "correct": True,
                            "feedback": (
                                "Prawidłowo. Sprawdzanie zestawu dwa razy w roku pozwala na czas "
                                "wymienić przeterminowaną żywność, wodę i leki oraz rozładowane "
                                "baterie."
                            ),
                        },
                        {
                            "text": "Raz na dziesięć lat",
                            "correct": False,
                            "feedback": (
                                "Żywność, woda, leki i baterie tracą przydatność dużo wcześniej."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Sąsiadka mieszka ze starszym ojcem i psem. Co powinna dodać do swojego "
                        "zestawu? Należy zaznaczyć wszystkie poprawne odpowiedzi."
                    ),
                    "choices": [
                        {
                            "text": "Leki ojca i kopie jego recept",
                            "correct": True,
                            "feedback": (
                                "Tak. Apteki mogą być zamknięte, a kopia recepty ułatwi lekarzowi "
                                "zastąpienie utraconych leków."
                            ),
                        },
                        {
                            "text": "Karmę, wodę i smycz dla psa",
                            "correct": True,
                            "feedback": (
                                "Tak. W sytuacji kryzysowej zwierzęta są zdane na opiekunów i "
                                "potrzebują własnych zapasów."
                            ),
                        },
                        {
                            "text": (
                                "Zapasowe okulary lub baterie do aparatu słuchowego, jeśli ojciec "
                                "ich używa"
                            ),
                            "correct": True,
                            "feedback": (
                                "Tak. Bez nich ojciec może nie być w stanie przeczytać poleceń ani "
                                "usłyszeć ostrzeżeń."
                            ),
                        },
                        {
                            "text": "Nic, bo standardowy zestaw wystarczy każdemu",
                            "correct": False,
                            "feedback": (
                                "Nie. Zestaw musi odpowiadać rzeczywistym potrzebom każdej osoby i "
                                "każdego zwierzęcia w domu."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Gdzie najlepiej przechowywać kopie ważnych dokumentów?",
                    "choices": [
                        {
                            "text": (
                                "W wodoszczelnym woreczku w zestawie, a do tego kopie cyfrowe w "
                                "bezpiecznym miejscu"
                            ),
                            "correct": True,
                            "feedback": (
                                "Prawidłowo. Wodoszczelny woreczek chroni kopie papierowe, a kopie "
                                "cyfrowe są zabezpieczeniem na wypadek utraty torby."
                            ),
                        },
                        {
                            "text": "Luzem w szufladzie w domu",
                            "correct": False,
                            "feedback": (
                                "W razie szybkiego wyjścia można ich nie znaleźć, a woda lub ogień "
                                "mogą je zniszczyć."
                            ),
                        },
                        {
                            "text": "Nigdzie, bo w sytuacji kryzysowej nie będą potrzebne",
                            "correct": False,
                            "feedback": (
                                "Po katastrofie może być konieczne potwierdzenie tożsamości, "
                                "dostęp do konta bankowego lub zgłoszenie szkody "
                                "ubezpieczycielowi."
                            ),
                        },
                    ],
                },
            ],
        },
        "es": {
            "title": "Prepare un kit de emergencia para 72 horas",
            "summary": (
                "En una catástrofe, la ayuda puede tardar varios días en llegar a todo el mundo. "
                "Un kit preparado de antemano permite que su hogar se valga por sí mismo durante "
                "al menos tres días."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Una tormenta, una inundación o un corte de luz prolongado pueden "
                            "dejar su zona sin agua, sin electricidad, sin tiendas abiertas y sin "
                            "red telefónica. Los servicios de emergencia tienen que ayudar primero "
                            "a las personas que corren más peligro, así que es posible que su "
                            "hogar deba arreglárselas solo durante un tiempo."
                        ),
                        (
                            "Un kit para 72 horas es una bolsa o una caja con todo lo necesario "
                            "para pasar tres días. Guárdelo en un lugar fijo que todos conozcan, "
                            "cerca de la salida, para poder llevárselo rápidamente si tiene que "
                            "marcharse."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Agua y alimentos",
                ),
                (
                    "text",
                    [
                        (
                            "Calcule unos 2 litros de agua potable por persona y día, y algo más "
                            "para lavarse y cepillarse los dientes. Para una familia de cuatro "
                            "personas, eso supone al menos 24 litros de agua potable para tres "
                            "días. Use botellas cerradas y anote su fecha de caducidad."
                        ),
                        (
                            "Elija alimentos que se conserven mucho tiempo y se puedan comer sin "
                            "cocinar: pescado o legumbres en lata, galletas saladas, fruta "
                            "deshidratada, frutos secos y barritas de cereales. Incluya un "
                            "abrelatas manual. Sustituya el agua y los alimentos antes de que "
                            "caduquen y consuma en casa las reservas antiguas para no desperdiciar "
                            "nada."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "Qué incluir en su kit",
                        "items": [
                            "Agua potable: unos 2 litros por persona y día, para 3 días",
                            "Alimentos que no necesiten cocción y un abrelatas manual",
                            "Sus medicamentos habituales y copias de sus recetas",
                            "Un botiquín de primeros auxilios",
                            "Una linterna y pilas de repuesto",
                            "Una radio de pilas o de manivela",
                            "Una batería externa cargada y un cable para el teléfono",
                            "Algo de dinero en efectivo, en billetes pequeños y monedas",
                            (
                                "Copias de los documentos de identidad y de los papeles del "
                                "seguro, y una lista de contactos importantes, en una bolsa "
                                "impermeable"
                            ),
                            (
                                "Jabón, papel higiénico, toallitas húmedas, productos de higiene "
                                "íntima y bolsas de basura"
                            ),
                            "Ropa de abrigo, una manta y calzado resistente",
                            (
                                "Gafas de repuesto, un juego de llaves de repuesto y una lista en "
                                "papel con números de teléfono"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Evite las velas",
                        "text": (
                            "Las velas provocan a menudo incendios en las viviendas durante los "
                            "cortes de luz. Use en su lugar una linterna o una lámpara de pilas. "
                            "Si realmente tiene que encender una vela, colóquela en un soporte "
                            "estable, lejos de las cortinas, y no la deje nunca encendida sin "
                            "vigilancia."
                        ),
                    },
                ),
                (
                    "heading",
                    "Piense en todas las personas de su hogar",
                ),
                (
                    "text",
                    [
                        (
                            "Adapte el kit a las personas que viven con usted. Los bebés necesitan "
                            "pañales, leche de fórmula y biberones. Las personas mayores pueden "
                            "necesitar gafas de repuesto, pilas para el audífono o un bastón o "
                            "andador. Las personas con discapacidad pueden necesitar material "
                            "médico adicional o una batería cargada para la silla de ruedas."
                        ),
                        (
                            "Las mascotas también necesitan comida, agua, una correa o un "
                            "transportín, y sus medicamentos. Los niños sobrellevan mejor la "
                            "situación con un pequeño juguete, un libro o un juego."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Guarde también copias digitales",
                        "text": (
                            "Haga fotos de sus documentos o escanéelos, y guárdelos en una cuenta "
                            "en línea segura o en una memoria USB cifrada. Si pierde las copias en "
                            "papel, podrá seguir demostrando su identidad y ponerse en contacto "
                            "con su aseguradora."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Haga una lista de lo que necesita su hogar y reúnalo todo en una "
                                "bolsa o una caja."
                            ),
                            "Guarde el kit en un lugar fresco, seco y de fácil acceso.",
                            "Diga a todas las personas de su hogar dónde está el kit.",
                        ],
                        "during": [
                            "Llévese el kit si le indican que abandone su vivienda.",
                            (
                                "Escuche la radio para conocer la información y las instrucciones "
                                "oficiales."
                            ),
                            "Reparta el agua y los alimentos con cuidado para que duren tres días.",
                        ],
                        "after": [
                            "Reponga todo lo que haya usado en cuanto vuelvan a abrir las tiendas.",
                            "Revise el kit dos veces al año, por ejemplo en primavera y en otoño.",
                            (
                                "Sustituya los alimentos, el agua y los medicamentos caducados, "
                                "así como las pilas viejas."
                            ),
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "¿Cuánta agua potable debe guardar para una persona durante tres días?"
                    ),
                    "choices": [
                        {
                            "text": "Unos 2 litros",
                            "correct": False,
                            "feedback": (
                                "Eso solo alcanza para un día. Necesita unos 2 litros para cada "
                                "uno de los tres días."
                            ),
                        },
                        {
                            "text": "Unos 6 litros",
                            "correct": True,
                            "feedback": (
                                "Correcto: unos 2 litros al día durante 3 días suman 6 litros de "
                                "agua potable. Añada un poco más para la higiene."
                            ),
                        },
                        {
                            "text": "Unos 20 litros",
                            "correct": False,
                            "feedback": (
                                "Es mucho más de lo que una persona bebe en tres días. Pesaría "
                                "mucho y sería difícil de almacenar y de renovar."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "¿Cuáles de estos alimentos son una buena opción para su kit? Marque todas "
                        "las respuestas correctas."
                    ),
                    "choices": [
                        {
                            "text": "Legumbres o pescado en lata, con un abrelatas manual",
                            "correct": True,
                            "feedback": (
                                "Sí. Las latas se conservan mucho tiempo y se pueden comer frías, "
                                "y un abrelatas manual funciona sin electricidad."
                            ),
                        },
                        {
                            "text": "Pizza congelada",
                            "correct": False,
                            "feedback": (
                                "No. Necesita un congelador y un horno, y ambos pueden dejar de "
                                "funcionar en una emergencia."
                            ),
                        },
                        {
                            "text": "Barritas de cereales y fruta deshidratada",
                            "correct": True,
                            "feedback": (
                                "Sí. Son ligeras, se conservan durante meses y no hay que "
                                "cocinarlas."
                            ),
                        },
                        {
                            "text": "Leche fresca",
                            "correct": False,
                            "feedback": (
                                "No. Sin nevera, la leche fresca se estropea en pocas horas. La "
                                "leche UHT en envase de cartón es una opción mejor."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Durante un corte de luz, las velas son la forma más segura de iluminar su "
                        "casa."
                    ),
                    "choices": [
                        {
                            "text": "Verdadero",
                            "correct": False,
                            "feedback": (
                                "Las velas son una causa frecuente de incendios en las viviendas "
                                "durante los cortes de luz. Una linterna o una lámpara de pilas es "
                                "mucho más segura."
                            ),
                        },
                        {
                            "text": "Falso",
                            "correct": True,
                            "feedback": (
                                "Correcto. Una linterna o una lámpara de pilas le da luz sin "
                                "riesgo de provocar un incendio."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "¿Por qué debe incluir en su kit una radio de pilas o de manivela?",
                    "choices": [
                        {
                            "text": (
                                "Para oír la información oficial aunque no haya electricidad ni "
                                "internet"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correcto. La radio suele seguir emitiendo cuando fallan otras "
                                "redes, así que podrá seguir escuchando lo que aconsejan las "
                                "autoridades."
                            ),
                        },
                        {
                            "text": "Para escuchar música y entretener a los niños",
                            "correct": False,
                            "feedback": (
                                "La música puede ayudar, pero el motivo principal es oír los "
                                "avisos y las instrucciones de las autoridades."
                            ),
                        },
                        {
                            "text": "Para llamar a los servicios de emergencia",
                            "correct": False,
                            "feedback": (
                                "Una radio solo recibe emisiones. No sirve para llamar a nadie."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "¿Cada cuánto tiempo debe revisar su kit?",
                    "choices": [
                        {
                            "text": "Solo cuando se anuncia una catástrofe",
                            "correct": False,
                            "feedback": (
                                "Para entonces, las tiendas pueden estar cerradas o abarrotadas, y "
                                "no tendrá tiempo de conseguir lo que falta."
                            ),
                        },
                        {
                            "text": "Dos veces al año",
                            "correct": True,
                            "feedback": (
                                "Correcto. Si lo revisa dos veces al año, podrá sustituir a tiempo "
                                "los alimentos, el agua y los medicamentos caducados, así como las "
                                "pilas gastadas."
                            ),
                        },
                        {
                            "text": "Una vez cada diez años",
                            "correct": False,
                            "feedback": (
                                "Los alimentos, el agua, los medicamentos y las pilas caducan "
                                "mucho antes."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Su vecina vive con su padre, ya mayor, y con un perro. ¿Qué debería "
                        "añadir ella a su kit? Marque todas las respuestas correctas."
                    ),
                    "choices": [
                        {
                            "text": "Los medicamentos de su padre y copias de sus recetas",
                            "correct": True,
                            "feedback": (
                                "Sí. Las farmacias pueden estar cerradas, y una copia de la receta "
                                "ayuda a un médico a reponer los medicamentos perdidos."
                            ),
                        },
                        {
                            "text": "Comida, agua y una correa para el perro",
                            "correct": True,
                            "feedback": (
                                "Sí. En una emergencia, los animales dependen de sus dueños y "
                                "necesitan sus propias provisiones."
                            ),
                        },
                        {
                            "text": (
                                "Gafas de repuesto o pilas para el audífono, si su padre las "
                                "necesita"
                            ),
                            "correct": True,
                            "feedback": (
                                "Sí. Sin ellas, es posible que no pueda leer las instrucciones ni "
                                "oír los avisos."
                            ),
                        },
                        {
                            "text": "Nada, porque un kit estándar sirve para todos",
                            "correct": False,
                            "feedback": (
                                "No. Un kit debe responder a las necesidades reales de cada "
                                "persona y de cada animal del hogar."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "¿Dónde es mejor guardar las copias de sus documentos importantes?",
                    "choices": [
                        {
                            "text": (
                                "En una bolsa impermeable dentro del kit, con copias digitales "
                                "guardadas de forma segura"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correcto. La bolsa impermeable protege las copias en papel, y las "
                                "copias digitales sirven de respaldo si se pierde la bolsa."
                            ),
                        },
                        {
                            "text": "Sueltas en un cajón de casa",
                            "correct": False,
                            "feedback": (
                                "Si tiene que marcharse deprisa, puede que no las encuentre, y el "
                                "agua o el fuego podrían destruirlas."
                            ),
                        },
                        {
                            "text": "En ningún sitio, porque no las necesitará en una emergencia",
                            "correct": False,
                            "feedback": (
                                "Después de una catástrofe, puede que tenga que demostrar su "
                                "identidad, acceder a su banco o presentar una reclamación al "
                                "seguro."
                            ),
                        },
                    ],
                },
            ],
        },
        "it": {
            "title": "Preparare un kit di emergenza per 72 ore",
            "summary": (
                "In caso di disastro, i soccorsi possono impiegare diversi giorni per raggiungere "
                "tutti. Un kit già pronto permette alla famiglia di restare autonoma per almeno "
                "tre giorni."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Un forte temporale, un'alluvione o un lungo blackout possono lasciare "
                            "la zona senza acqua, elettricità, negozi aperti e rete telefonica. I "
                            "soccorritori devono aiutare prima le persone in maggiore pericolo, "
                            "quindi per un certo tempo la famiglia potrebbe dover contare solo "
                            "sulle proprie forze."
                        ),
                        (
                            "Il kit per 72 ore è una borsa o una scatola che contiene tutto il "
                            "necessario per affrontare tre giorni. Va tenuto in un posto fisso, "
                            "noto a tutti, vicino all'uscita, così da poterlo prendere in fretta "
                            "se bisogna lasciare la casa."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Acqua e cibo",
                ),
                (
                    "text",
                    [
                        (
                            "Calcolare circa 2 litri di acqua potabile per persona al giorno, più "
                            "un po' d'acqua per l'igiene personale e per lavarsi i denti. Per una "
                            "famiglia di quattro persone servono quindi almeno 24 litri di acqua "
                            "potabile per tre giorni. Scegliere bottiglie sigillate e annotare la "
                            "data di scadenza."
                        ),
                        (
                            "Scegliere alimenti a lunga conservazione che si possono mangiare "
                            "senza cottura: pesce o legumi in scatola, cracker, frutta essiccata, "
                            "frutta a guscio e barrette ai cereali. Mettere nel kit un apriscatole "
                            "manuale. Sostituire acqua e cibo prima della scadenza e consumare a "
                            "casa le vecchie scorte, così da non sprecare nulla."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "Cosa mettere nel kit",
                        "items": [
                            "Acqua potabile: circa 2 litri per persona al giorno, per 3 giorni",
                            "Cibo che non richiede cottura e un apriscatole manuale",
                            "I medicinali che si prendono abitualmente e le copie delle ricette",
                            "Un kit di primo soccorso",
                            "Una torcia e batterie di ricambio",
                            "Una radio a batterie o a manovella",
                            "Un power bank carico e un cavo per il telefono",
                            "Un po' di contanti in banconote di piccolo taglio e monete",
                            (
                                "Copie dei documenti d'identità e delle polizze assicurative, e un "
                                "elenco dei contatti importanti, in una busta impermeabile"
                            ),
                            (
                                "Sapone, carta igienica, salviette umidificate, assorbenti e "
                                "sacchetti per i rifiuti"
                            ),
                            "Vestiti caldi, una coperta e scarpe robuste",
                            (
                                "Occhiali di scorta, chiavi di riserva e un elenco dei numeri di "
                                "telefono su carta"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Evitare le candele",
                        "text": (
                            "Durante i blackout le candele causano spesso incendi in casa. Usare "
                            "invece una torcia o una lampada a batterie. Se è proprio necessario "
                            "accendere una candela, metterla in un portacandele stabile, lontano "
                            "dalle tende, e non lasciarla mai accesa senza sorveglianza."
                        ),
                    },
                ),
                (
                    "heading",
                    "Pensare a tutte le persone di casa",
                ),
                (
                    "text",
                    [
                        (
                            "Il kit va adattato alle persone con cui si vive. I neonati hanno "
                            "bisogno di pannolini, latte artificiale e biberon. Le persone anziane "
                            "possono aver bisogno di occhiali di scorta, batterie per "
                            "l'apparecchio acustico o un ausilio per camminare. Le persone con "
                            "disabilità possono aver bisogno di materiale sanitario in più o di "
                            "una batteria carica per la sedia a rotelle."
                        ),
                        (
                            "Anche gli animali domestici hanno bisogno di cibo, acqua, un "
                            "guinzaglio o un trasportino e dei loro medicinali. I bambini "
                            "affrontano meglio la situazione con un piccolo giocattolo, un libro o "
                            "un gioco."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Conservare anche copie digitali",
                        "text": (
                            "Fotografare o scansionare i documenti e salvarli in un account online "
                            "sicuro o su una chiavetta USB crittografata. Se le copie cartacee "
                            "vanno perse, sarà comunque possibile dimostrare la propria identità e "
                            "contattare l'assicurazione."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Fare una lista di ciò che serve alla famiglia e raccogliere tutto "
                                "in una borsa o una scatola."
                            ),
                            (
                                "Conservare il kit in un luogo fresco, asciutto e facile da "
                                "raggiungere."
                            ),
                            "Dire a tutti i membri della famiglia dove si trova il kit.",
                        ],
                        "during": [
                            (
                                "Portare con sé il kit se viene chiesto di lasciare la propria "
                                "abitazione."
                            ),
                            "Ascoltare la radio per ricevere informazioni e istruzioni ufficiali.",
                            (
                                "Distribuire con attenzione acqua e cibo, in modo che bastino per "
                                "tre giorni."
                            ),
                        ],
                        "after": [
                            "Sostituire tutto ciò che è stato usato appena i negozi riaprono.",
                            (
                                "Controllare il kit due volte l'anno, per esempio in primavera e "
                                "in autunno."
                            ),
                            "Sostituire cibo, acqua e medicinali scaduti e le batterie vecchie.",
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Quanta acqua potabile bisogna conservare per una persona per tre giorni?"
                    ),
                    "choices": [
                        {
                            "text": "Circa 2 litri",
                            "correct": False,
                            "feedback": (
                                "Bastano per un solo giorno. Servono circa 2 litri per ciascuno "
                                "dei tre giorni."
                            ),
                        },
                        {
                            "text": "Circa 6 litri",
                            "correct": True,
                            "feedback": (
                                "Esatto: circa 2 litri al giorno per 3 giorni fanno 6 litri di "
                                "acqua potabile. Conviene aggiungerne un po' per l'igiene."
                            ),
                        },
                        {
                            "text": "Circa 20 litri",
                            "correct": False,
                            "feedback": (
                                "È molto più di quanto una persona beva in tre giorni. Sarebbe "
                                "pesante e difficile da conservare e da sostituire."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Quali di questi alimenti sono adatti al kit? Selezionare tutte le "
                        "risposte corrette."
                    ),
                    "choices": [
                        {
                            "text": "Legumi o pesce in scatola, con un apriscatole manuale",
                            "correct": True,
                            "feedback": (
                                "Sì. Le scatolette si conservano a lungo e si possono mangiare "
                                "fredde, e un apriscatole manuale funziona senza corrente."
                            ),
                        },
                        {
                            "text": "Pizza surgelata",
                            "correct": False,
                            "feedback": (
                                "No. Servono un congelatore e un forno, e in un'emergenza entrambi "
                                "potrebbero smettere di funzionare."
                            ),
                        },
                        {
                            "text": "Barrette ai cereali e frutta essiccata",
                            "correct": True,
                            "feedback": (
                                "Sì. Sono leggere, si conservano per mesi e non richiedono cottura."
                            ),
                        },
                        {
                            "text": "Latte fresco",
                            "correct": False,
                            "feedback": (
                                "No. Senza frigorifero il latte fresco va a male in poche ore. Il "
                                "latte a lunga conservazione in brick è una scelta migliore."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Durante un blackout, le candele sono il modo più sicuro per illuminare la "
                        "casa."
                    ),
                    "choices": [
                        {
                            "text": "Vero",
                            "correct": False,
                            "feedback": (
                                "Le candele sono una causa frequente di incendi domestici durante "
                                "i blackout. Una torcia o una lampada a batterie è molto più "
                                "sicura."
                            ),
                        },
                        {
                            "text": "Falso",
                            "correct": True,
                            "feedback": (
                                "Esatto. Una torcia o una lampada a batterie fa luce senza il "
                                "rischio di provocare un incendio."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Perché nel kit ci deve essere una radio a batterie o a manovella?",
                    "choices": [
                        {
                            "text": (
                                "Per ricevere le informazioni ufficiali anche senza corrente e "
                                "senza internet"
                            ),
                            "correct": True,
                            "feedback": (
                                "Esatto. Le trasmissioni radio spesso continuano quando le altre "
                                "reti smettono di funzionare, quindi è ancora possibile sapere "
                                "cosa consigliano le autorità."
                            ),
                        },
                        {
                            "text": "Per ascoltare musica e tenere occupati i bambini",
                            "correct": False,
                            "feedback": (
                                "La musica può aiutare, ma il motivo principale è ascoltare gli "
                                "avvisi e le istruzioni delle autorità."
                            ),
                        },
                        {
                            "text": "Per chiamare i soccorsi",
                            "correct": False,
                            "feedback": (
                                "Una radio riceve soltanto le trasmissioni. Non permette di "
                                "chiamare nessuno."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Ogni quanto bisogna controllare il kit?",
                    "choices": [
                        {
                            "text": "Solo quando viene annunciato un disastro",
                            "correct": False,
                            "feedback": (
                                "A quel punto i negozi potrebbero essere chiusi o affollati, e non "
                                "ci sarebbe il tempo di procurarsi ciò che manca."
                            ),
                        },
                        {
                            "text": "Due volte l'anno",
                            "correct": True,
                            "feedback": (
                                "Esatto. Un controllo due volte l'anno permette di sostituire in "
                                "tempo cibo, acqua e medicinali scaduti e le batterie scariche."
                            ),
                        },
                        {
                            "text": "Una volta ogni dieci anni",
                            "correct": False,
                            "feedback": "Cibo, acqua, medicinali e batterie scadono molto prima.",
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Una vicina di casa vive con il padre anziano e un cane. Cosa dovrebbe "
                        "aggiungere al suo kit? Selezionare tutte le risposte corrette."
                    ),
                    "choices": [
                        {
                            "text": "I medicinali del padre e le copie delle sue ricette",
                            "correct": True,
                            "feedback": (
                                "Sì. Le farmacie potrebbero essere chiuse, e una copia della "
                                "ricetta aiuta il medico a sostituire i medicinali persi."
                            ),
                        },
                        {
                            "text": "Cibo, acqua e un guinzaglio per il cane",
                            "correct": True,
                            "feedback": (
                                "Sì. In un'emergenza gli animali dipendono da chi se ne prende "
                                "cura e hanno bisogno di scorte proprie."
                            ),
                        },
                        {
                            "text": (
                                "Occhiali di scorta o batterie per l'apparecchio acustico, se il "
                                "padre li usa"
                            ),
                            "correct": True,
                            "feedback": (
                                "Sì. Senza questi ausili, il padre potrebbe non riuscire a "
                                "leggere le istruzioni o a sentire gli avvisi."
                            ),
                        },
                        {
                            "text": "Niente, perché un kit standard va bene per tutti",
                            "correct": False,
                            "feedback": (
                                "No. Il kit deve rispondere alle reali esigenze di ogni persona e "
                                "di ogni animale della famiglia."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Qual è il posto migliore per conservare le copie dei documenti importanti?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "In una busta impermeabile nel kit, con copie digitali conservate "
                                "in modo sicuro"
                            ),
                            "correct": True,
                            "feedback": (
                                "Esatto. La busta impermeabile protegge le copie cartacee, e "
                                "quelle digitali servono da riserva se la borsa va persa."
                            ),
                        },
                        {
                            "text": "Sparse in un cassetto di casa",
                            "correct": False,
                            "feedback": (
                                "Se si deve uscire in fretta, si rischia di non trovarle, e "
                                "l'acqua o il fuoco potrebbero distruggerle."
                            ),
                        },
                        {
                            "text": "Da nessuna parte, perché in un'emergenza non servono",
                            "correct": False,
                            "feedback": (
                                "Dopo un disastro potrebbe essere necessario dimostrare la propria "
                                "identità, accedere al conto in banca o presentare una richiesta "
                                "di risarcimento all'assicurazione."
                            ),
                        },
                    ],
                },
            ],
        },
    },
}
