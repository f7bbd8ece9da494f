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
    },
}
