"""Demo lesson: heatwaves, who is most at risk, keeping cool and recognising heat stroke."""

LESSON = {
    "slug": "heatwave",
    "hazard": "heat",
    "pass_mark": 75,
    "content": {
        "en": {
            "title": "Heatwaves: keep cool and look after others",
            "summary": (
                "A heatwave is several days and nights of unusual heat. Learn who is most at "
                "risk, how to stay cool and how to spot heat stroke, which is a medical "
                "emergency."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "A heatwave is a period of several days when it is much hotter than "
                            "usual and the nights stay warm too. The body has no chance to cool "
                            "down and rest, so the strain builds up day after day."
                        ),
                        (
                            "Heat can make anyone ill, even young and fit people who push "
                            "themselves too hard. Simple habits protect you and the people around "
                            "you, and they work best when everyone starts them early."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Who is most at risk",
                ),
                (
                    "text",
                    [
                        (
                            "Some people need extra care in hot weather: older people, babies and "
                            "young children, pregnant women and people with long-term illnesses, "
                            "such as heart, lung or kidney disease. Some medicines also make it "
                            "harder for the body to cope with heat. People who work outside, do "
                            "sport or live alone are at higher risk too."
                        ),
                        (
                            "Older people and babies often do not feel thirst well, and their "
                            "bodies control temperature less well. Someone who lives alone can "
                            "become ill without anyone noticing. That is why checking on others "
                            "every day matters so much."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Never leave anyone in a parked car",
                        "text": (
                            "Even with the windows slightly open, a parked car can become deadly "
                            "hot within minutes. Never leave a child, a person who needs help or "
                            "an animal alone in a car, not even for a moment."
                        ),
                    },
                ),
                (
                    "heading",
                    "Keep your home and your body cool",
                ),
                (
                    "checklist",
                    {
                        "title": "Daily habits during a heatwave",
                        "items": [
                            (
                                "During the day, close shutters, blinds and curtains, especially "
                                "on windows that get the sun."
                            ),
                            (
                                "Open the windows at night and early in the morning, when the "
                                "outside air is cooler."
                            ),
                            (
                                "Drink water regularly through the day, without waiting until you "
                                "feel thirsty."
                            ),
                            "Avoid alcohol, which makes your body lose water.",
                            (
                                "Eat light meals with fruit and vegetables, which contain a lot "
                                "of water."
                            ),
                            (
                                "Avoid sport and hard physical effort during the hottest hours of "
                                "the day."
                            ),
                            "Take cool showers, or wet your skin and sit where the air is moving.",
                            "Wear loose, light-coloured clothes, and a hat when you go outside.",
                            (
                                "If your home stays hot, spend a few hours in a cool place such "
                                "as a library, museum or shopping centre."
                            ),
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Follow the weather forecast and the heat warnings from the "
                                "authorities."
                            ),
                            (
                                "Check that you can shade your windows with shutters, blinds or "
                                "curtains."
                            ),
                            (
                                "Make a list of people you will check on, such as older "
                                "neighbours or relatives who live alone."
                            ),
                            (
                                "Ask your doctor or pharmacist whether your health or your "
                                "medicines need special care in the heat."
                            ),
                            "Find out where the cool public places near you are.",
                        ],
                        "during": [
                            "Stay indoors in the hottest hours, in the coolest room of your home.",
                            "Drink regularly, and make sure children and older people drink too.",
                            "Call or visit vulnerable people at least once a day.",
                            "Watch for signs of heat illness in yourself and in others.",
                            "Give pets fresh water and a shady place to rest.",
                        ],
                        "after": [
                            (
                                "Keep drinking and resting: the body needs time to recover after "
                                "several hot days."
                            ),
                            "Keep checking on people who were unwell during the heatwave.",
                            (
                                "Think about what was hard and improve your plan for the next "
                                "heatwave."
                            ),
                        ],
                    },
                ),
                (
                    "heading",
                    "Heat exhaustion and heat stroke",
                ),
                (
                    "text",
                    [
                        (
                            "Heat exhaustion often comes first. Signs include heavy sweating, "
                            "tiredness, headache, dizziness, feeling sick, cramps and strong "
                            "thirst. Move the person to a cool place, help them lie down, loosen "
                            "their clothes, give them water to sip and cool their skin. If they "
                            "do not feel better within 30 minutes, or if they get worse, call for "
                            "medical help."
                        ),
                        (
                            "Heat stroke is a life-threatening emergency. The body temperature "
                            "becomes very high. The person may be confused or behave strangely, "
                            "have hot skin that is dry or sweating, have a seizure or lose "
                            "consciousness. Call the emergency number 112 at once. While you "
                            "wait, move the person into the shade, remove extra clothing and cool "
                            "them with water, wet cloths and moving air. Do not give drinks to "
                            "someone who is not fully awake."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Look out for each other",
                        "text": (
                            "A short phone call or a knock on the door each day can save a life. "
                            "If someone cannot keep their home cool, help them get to a cool "
                            "public place. During a heatwave, many towns open cooled rooms and "
                            "say where they are."
                        ),
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "It is very hot outside in the afternoon. What is the best way to keep "
                        "your home cool?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Keep shutters and curtains closed in the day and open the "
                                "windows at night"
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. Blocking the sun keeps heat out during the day, and the "
                                "cooler night air lets your home cool down."
                            ),
                        },
                        {
                            "text": "Open all the windows wide in the afternoon to let air in",
                            "correct": False,
                            "feedback": (
                                "In the afternoon the outside air is hotter than the air inside, "
                                "so open windows let even more heat in."
                            ),
                        },
                        {
                            "text": "Leave the curtains open so that the rooms stay bright",
                            "correct": False,
                            "feedback": (
                                "Sunlight through the glass heats the rooms quickly. Shading the "
                                "windows during the day keeps them cooler."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "When should you drink water during a heatwave?",
                    "choices": [
                        {
                            "text": "Only when you feel thirsty",
                            "correct": False,
                            "feedback": (
                                "Thirst often comes late, especially for older people and "
                                "children. By then the body may already be short of water."
                            ),
                        },
                        {
                            "text": "Regularly through the day, even if you are not thirsty",
                            "correct": True,
                            "feedback": (
                                "Right. Drinking little and often replaces the water you lose "
                                "through sweat before you feel unwell."
                            ),
                        },
                        {
                            "text": "Mostly in the evening, with a cold beer",
                            "correct": False,
                            "feedback": (
                                "Alcohol makes the body lose water, and waiting until the evening "
                                "leaves you short of water in the hottest hours."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Which of these people are especially at risk in a heatwave? Choose all "
                        "that apply."
                    ),
                    "choices": [
                        {
                            "text": "An 85-year-old man who lives alone",
                            "correct": True,
                            "feedback": (
                                "Yes. Older people feel thirst less, and because he lives alone, "
                                "nobody may notice if he becomes ill."
                            ),
                        },
                        {
                            "text": "A six-month-old baby",
                            "correct": True,
                            "feedback": (
                                "Yes. A baby cannot say that it is thirsty or too hot, and its "
                                "body overheats quickly."
                            ),
                        },
                        {
                            "text": "A builder who works outside all day",
                            "correct": True,
                            "feedback": (
                                "Yes. Hard work in the sun makes a lot of body heat, so outdoor "
                                "workers need breaks, shade and water."
                            ),
                        },
                        {
                            "text": (
                                "A healthy adult resting in a cool room and drinking regularly"
                            ),
                            "correct": False,
                            "feedback": (
                                "This person is doing the right things. Anyone can suffer from "
                                "heat, but shade, rest and water keep the risk low."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "It is safe to leave a dog in a parked car for five minutes if the "
                        "windows are slightly open."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "A parked car heats up very fast, even with the windows open a "
                                "little. Five minutes can be enough to kill an animal."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Right. Never leave a person or an animal in a parked car, not "
                                "even for a short time."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "After a hot day, your neighbour is confused, has very hot skin and is "
                        "hard to wake. What should you do first?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Call 112, then cool them with water and moving air while you wait"
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. These are signs of heat stroke, a life-threatening "
                                "emergency. Fast cooling and emergency care save lives."
                            ),
                        },
                        {
                            "text": "Give them a large glass of water and let them sleep",
                            "correct": False,
                            "feedback": (
                                "Someone who is not fully awake can choke on a drink. Confusion "
                                "and drowsiness are signs of heat stroke, which needs emergency "
                                "care now."
                            ),
                        },
                        {
                            "text": "Wait an hour to see whether they get better",
                            "correct": False,
                            "feedback": (
                                "Heat stroke can damage the brain and other organs in a short "
                                "time. Waiting puts the person's life at risk."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": "A person with heat stroke always has dry skin.",
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "Not always. The skin of a person with heat stroke can be dry or "
                                "wet with sweat, so sweating does not rule it out."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Right. The skin can be dry or sweaty. Look at the other signs "
                                "too, such as a very high temperature and confusion."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Which actions help you stay cool in the hottest hours of the day? Choose "
                        "all that apply."
                    ),
                    "choices": [
                        {
                            "text": "Taking a cool shower",
                            "correct": True,
                            "feedback": (
                                "Yes. Cool water on the skin takes heat away from the body."
                            ),
                        },
                        {
                            "text": "Going for a run at three in the afternoon",
                            "correct": False,
                            "feedback": (
                                "Hard effort in the hottest hours makes the body produce even "
                                "more heat. Exercise early in the morning instead, or rest."
                            ),
                        },
                        {
                            "text": "Spending time in a cool public place such as a library",
                            "correct": True,
                            "feedback": (
                                "Yes. A few hours in a cool place give your body a break from the "
                                "heat."
                            ),
                        },
                        {
                            "text": "Wearing dark, tight clothes",
                            "correct": False,
                            "feedback": (
                                "Dark colours absorb heat and tight clothes trap it. Loose, "
                                "light-coloured clothes are cooler."
                            ),
                        },
                    ],
                },
            ],
        },
        "fr": {
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
                            (
                                "Prenez des repas légers, avec des fruits et des légumes riches "
                                "en eau."
                            ),
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
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Il fait très chaud dehors l'après-midi. Quelle est la meilleure façon de "
                        "garder votre logement au frais ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Garder volets et rideaux fermés dans la journée et ouvrir les "
                                "fenêtres la nuit"
                            ),
                            "correct": True,
                            "feedback": (
                                "Exact. Bloquer le soleil empêche la chaleur d'entrer le jour, et "
                                "l'air plus frais de la nuit permet au logement de se rafraîchir."
                            ),
                        },
                        {
                            "text": (
                                "Ouvrir grand toutes les fenêtres l'après-midi pour faire entrer "
                                "de l'air"
                            ),
                            "correct": False,
                            "feedback": (
                                "L'après-midi, l'air extérieur est plus chaud que l'air intérieur "
                                ": les fenêtres ouvertes font entrer encore plus de chaleur."
                            ),
                        },
                        {
                            "text": (
                                "Laisser les rideaux ouverts pour garder des pièces lumineuses"
                            ),
                            "correct": False,
                            "feedback": (
                                "Le soleil qui traverse les vitres chauffe vite les pièces. "
                                "Occulter les fenêtres dans la journée les garde plus fraîches."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Quand faut-il boire de l'eau pendant une canicule ?",
                    "choices": [
                        {
                            "text": "Seulement quand vous avez soif",
                            "correct": False,
                            "feedback": (
                                "La soif arrive souvent tard, surtout chez les personnes âgées et "
                                "les enfants. À ce moment-là, le corps peut déjà manquer d'eau."
                            ),
                        },
                        {
                            "text": "Régulièrement au cours de la journée, même sans avoir soif",
                            "correct": True,
                            "feedback": (
                                "Exact. Boire souvent, par petites quantités, remplace l'eau "
                                "perdue en transpirant avant que vous ne vous sentiez mal."
                            ),
                        },
                        {
                            "text": "Surtout le soir, avec une bière bien fraîche",
                            "correct": False,
                            "feedback": (
                                "L'alcool fait perdre de l'eau au corps, et attendre le soir vous "
                                "laisse manquer d'eau aux heures les plus chaudes."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Parmi ces personnes, lesquelles sont particulièrement exposées pendant "
                        "une canicule ? Choisissez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": "Un homme de 85 ans qui vit seul",
                            "correct": True,
                            "feedback": (
                                "Oui. Les personnes âgées ressentent moins la soif, et comme il "
                                "vit seul, personne ne remarquera peut-être qu'il va mal."
                            ),
                        },
                        {
                            "text": "Un bébé de six mois",
                            "correct": True,
                            "feedback": (
                                "Oui. Un bébé ne peut pas dire qu'il a soif ou trop chaud, et son "
                                "corps surchauffe vite."
                            ),
                        },
                        {
                            "text": "Un ouvrier du bâtiment qui travaille dehors toute la journée",
                            "correct": True,
                            "feedback": (
                                "Oui. Un travail physique au soleil produit beaucoup de chaleur "
                                "dans le corps : les travailleurs en extérieur ont besoin de "
                                "pauses, d'ombre et d'eau."
                            ),
                        },
                        {
                            "text": (
                                "Un adulte en bonne santé qui se repose dans une pièce fraîche et "
                                "boit régulièrement"
                            ),
                            "correct": False,
                            "feedback": (
                                "Cette personne fait ce qu'il faut. Tout le monde peut souffrir "
                                "de la chaleur, mais l'ombre, le repos et l'eau limitent "
                                "fortement le risque."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "On peut laisser un chien cinq minutes dans une voiture garée si les "
                        "vitres sont entrouvertes."
                    ),
                    "choices": [
                        {
                            "text": "Vrai",
                            "correct": False,
                            "feedback": (
                                "Une voiture garée chauffe très vite, même vitres un peu "
                                "ouvertes. Cinq minutes peuvent suffire à tuer un animal."
                            ),
                        },
                        {
                            "text": "Faux",
                            "correct": True,
                            "feedback": (
                                "Exact. Ne laissez jamais une personne ou un animal dans une "
                                "voiture garée, même pour peu de temps."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Après une journée très chaude, votre voisin est confus, a la peau "
                        "brûlante et se réveille difficilement. Que faites-vous en premier ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Appeler le 112, puis le rafraîchir avec de l'eau et un courant "
                                "d'air en attendant"
                            ),
                            "correct": True,
                            "feedback": (
                                "Exact. Ce sont des signes de coup de chaleur, une urgence "
                                "vitale. Rafraîchir vite la personne et appeler les secours sauve "
                                "des vies."
                            ),
                        },
                        {
                            "text": "Lui donner un grand verre d'eau et le laisser dormir",
                            "correct": False,
                            "feedback": (
                                "Une personne qui n'est pas bien réveillée peut s'étouffer en "
                                "buvant. La confusion et la somnolence sont des signes de coup de "
                                "chaleur, qui exige des secours immédiats."
                            ),
                        },
                        {
                            "text": "Attendre une heure pour voir si son état s'améliore",
                            "correct": False,
                            "feedback": (
                                "Le coup de chaleur peut abîmer le cerveau et d'autres organes en "
                                "peu de temps. Attendre met la vie de la personne en danger."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Une personne victime d'un coup de chaleur a toujours la peau sèche."
                    ),
                    "choices": [
                        {
                            "text": "Vrai",
                            "correct": False,
                            "feedback": (
                                "Pas toujours. Sa peau peut être sèche ou couverte de sueur : "
                                "transpirer n'exclut donc pas un coup de chaleur."
                            ),
                        },
                        {
                            "text": "Faux",
                            "correct": True,
                            "feedback": (
                                "Exact. La peau peut être sèche ou moite. Regardez aussi les "
                                "autres signes, comme une température très élevée et la "
                                "confusion."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Quels gestes vous aident à rester au frais aux heures les plus chaudes ? "
                        "Choisissez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": "Prendre une douche fraîche",
                            "correct": True,
                            "feedback": "Oui. L'eau fraîche sur la peau rafraîchit le corps.",
                        },
                        {
                            "text": "Aller courir à 15 heures",
                            "correct": False,
                            "feedback": (
                                "Un effort intense aux heures les plus chaudes fait produire "
                                "encore plus de chaleur au corps. Faites plutôt du sport tôt le "
                                "matin, ou reposez-vous."
                            ),
                        },
                        {
                            "text": (
                                "Passer du temps dans un lieu public frais, comme une bibliothèque"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Quelques heures dans un endroit frais permettent au corps "
                                "de souffler."
                            ),
                        },
                        {
                            "text": "Porter des vêtements sombres et serrés",
                            "correct": False,
                            "feedback": (
                                "Les couleurs sombres absorbent la chaleur et les vêtements "
                                "serrés la retiennent. Des vêtements amples et clairs sont plus "
                                "frais."
                            ),
                        },
                    ],
                },
            ],
        },
        "uk": {
            "title": "Спека: як зберегти прохолоду й подбати про інших",
            "summary": (
                "Хвиля спеки — це кілька днів і ночей незвично високої температури. Дізнайтеся, "
                "кому вона найбільше загрожує, як уберегтися від перегріву і як розпізнати "
                "тепловий удар, що потребує невідкладної медичної допомоги."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Хвиля спеки — це кілька днів поспіль, коли набагато спекотніше, ніж "
                            "зазвичай, а ночі теж залишаються теплими. Організм не встигає "
                            "охолонути й відпочити, тож навантаження накопичується день за днем."
                        ),
                        (
                            "Спека може зашкодити будь-кому, навіть молодим і здоровим людям, які "
                            "надто себе навантажують. Прості звички захищають вас і людей "
                            "навколо, і найкраще вони діють, коли всі починають їх дотримуватися "
                            "завчасно."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Хто найбільше ризикує",
                ),
                (
                    "text",
                    [
                        (
                            "Деякі люди потребують особливої уваги в спеку: люди похилого віку, "
                            "немовлята й малі діти, вагітні жінки та люди з хронічними хворобами, "
                            "наприклад серця, легень чи нирок. Деякі ліки також ускладнюють для "
                            "організму перенесення спеки. Більший ризик мають і ті, хто працює "
                            "надворі, займається спортом або живе сам."
                        ),
                        (
                            "Літні люди й немовлята часто погано відчувають спрагу, а їхній "
                            "організм гірше регулює температуру. Людина, яка живе сама, може "
                            "захворіти, і ніхто цього не помітить. Саме тому так важливо щодня "
                            "навідуватися до інших."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ніколи не залишайте нікого в припаркованому авто",
                        "text": (
                            "Навіть із трохи відчиненими вікнами припаркований автомобіль за "
                            "кілька хвилин може нагрітися до смертельно небезпечної температури. "
                            "Ніколи не залишайте в авто дитину, людину, яка потребує допомоги, чи "
                            "тварину — навіть на мить."
                        ),
                    },
                ),
                (
                    "heading",
                    "Як зберегти прохолоду вдома й не перегрітися",
                ),
                (
                    "checklist",
                    {
                        "title": "Щоденні звички під час спеки",
                        "items": [
                            (
                                "Удень зачиняйте віконниці, жалюзі та штори, особливо на вікнах, "
                                "куди світить сонце."
                            ),
                            "Відчиняйте вікна вночі й рано-вранці, коли надворі прохолодніше.",
                            "Пийте воду регулярно протягом дня, не чекаючи спраги.",
                            "Уникайте алкоголю: через нього організм втрачає воду.",
                            "Їжте легку їжу, зокрема фрукти й овочі, у яких багато води.",
                            (
                                "Уникайте спорту й важких фізичних навантажень у найспекотніші "
                                "години."
                            ),
                            (
                                "Приймайте прохолодний душ або змочуйте шкіру й сидьте там, де "
                                "рухається повітря."
                            ),
                            "Носіть вільний світлий одяг, а виходячи надвір, одягайте капелюх.",
                            (
                                "Якщо вдома й далі спекотно, проведіть кілька годин у "
                                "прохолодному місці, наприклад у бібліотеці, музеї чи "
                                "торговельному центрі."
                            ),
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            "Стежте за прогнозом погоди й попередженнями влади про спеку.",
                            (
                                "Перевірте, чи можете ви затінити вікна віконницями, жалюзі або "
                                "шторами."
                            ),
                            (
                                "Складіть список людей, яких ви провідуватимете, наприклад літніх "
                                "сусідів чи родичів, які живуть самі."
                            ),
                            (
                                "Запитайте лікаря або фармацевта, чи потребують ваш стан здоров'я "
                                "або ваші ліки особливої обережності в спеку."
                            ),
                            "Дізнайтеся, де поблизу є прохолодні громадські місця.",
                        ],
                        "during": [
                            (
                                "У найспекотніші години залишайтеся вдома, у найпрохолоднішій "
                                "кімнаті."
                            ),
                            "Пийте регулярно й стежте, щоб діти та літні люди теж пили.",
                            "Телефонуйте вразливим людям або навідуйте їх щонайменше раз на день.",
                            "Стежте за ознаками перегріву у себе та в інших.",
                            "Дайте домашнім тваринам свіжу воду й тінисте місце для відпочинку.",
                        ],
                        "after": [
                            (
                                "Продовжуйте пити й відпочивати: організму потрібен час, щоб "
                                "відновитися після кількох спекотних днів."
                            ),
                            "І далі провідуйте людей, яким було зле під час спеки.",
                            (
                                "Подумайте, що було складно, і вдоскональте свій план на наступну "
                                "хвилю спеки."
                            ),
                        ],
                    },
                ),
                (
                    "heading",
                    "Теплове виснаження й тепловий удар",
                ),
                (
                    "text",
                    [
                        (
                            "Спершу часто настає теплове виснаження. Його ознаки: сильне "
                            "потовиділення, втома, головний біль, запаморочення, нудота, судоми "
                            "м'язів і сильна спрага. Перемістіть людину в прохолодне місце, "
                            "допоможіть їй лягти, послабте одяг, дайте пити воду маленькими "
                            "ковтками й охолоджуйте шкіру. Якщо за 30 хвилин їй не покращає або "
                            "стан погіршиться, зверніться по медичну допомогу."
                        ),
                        (
                            "Тепловий удар — це стан, що загрожує життю. Температура тіла стає "
                            "дуже високою. У людини може сплутуватися свідомість або з'явитися "
                            "дивна поведінка, шкіра може бути гарячою, сухою чи спітнілою, "
                            "можливі судоми або втрата свідомості. Негайно телефонуйте на номер "
                            "екстреної допомоги 112. Поки чекаєте, перенесіть людину в тінь, "
                            "зніміть зайвий одяг і охолоджуйте її водою, мокрими тканинами та "
                            "потоком повітря. Не давайте пити людині, яка не повністю при тямі."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Дбаймо одне про одного",
                        "text": (
                            "Короткий дзвінок або стук у двері щодня можуть урятувати життя. Якщо "
                            "хтось не може зберегти прохолоду вдома, допоможіть йому дістатися до "
                            "прохолодного громадського місця. Під час спеки багато міст "
                            "відкривають приміщення з охолодженням і повідомляють, де вони "
                            "розташовані."
                        ),
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Пообіді надворі дуже спекотно. Як найкраще зберегти прохолоду вдома?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Удень тримати віконниці й штори зачиненими, а вночі відчиняти "
                                "вікна"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Затінення не пускає спеку всередину вдень, а "
                                "прохолодне нічне повітря охолоджує житло."
                            ),
                        },
                        {
                            "text": "Пообіді широко відчинити всі вікна, щоб упустити повітря",
                            "correct": False,
                            "feedback": (
                                "Пообіді повітря надворі гарячіше, ніж у приміщенні, тож "
                                "відчинені вікна впускають ще більше тепла."
                            ),
                        },
                        {
                            "text": "Не зашторювати вікна, щоб у кімнатах було світло",
                            "correct": False,
                            "feedback": (
                                "Сонячне світло крізь скло швидко нагріває кімнати. Якщо вдень "
                                "затінювати вікна, у кімнатах буде прохолодніше."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "Коли слід пити воду під час спеки?",
                    "choices": [
                        {
                            "text": "Лише тоді, коли відчуваєте спрагу",
                            "correct": False,
                            "feedback": (
                                "Спрага часто з'являється запізно, особливо в літніх людей і "
                                "дітей. На той час організму вже може бракувати води."
                            ),
                        },
                        {
                            "text": "Регулярно протягом дня, навіть якщо не хочеться пити",
                            "correct": True,
                            "feedback": (
                                "Правильно. Якщо пити часто й потроху, ви поповнюєте воду, "
                                "втрачену з потом, ще до того, як вам стане зле."
                            ),
                        },
                        {
                            "text": "Здебільшого ввечері, з холодним пивом",
                            "correct": False,
                            "feedback": (
                                "Через алкоголь організм втрачає воду, а якщо чекати вечора, у "
                                "найспекотніші години вам бракуватиме рідини."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Хто з цих людей особливо вразливий під час спеки? Виберіть усі правильні "
                        "відповіді."
                    ),
                    "choices": [
                        {
                            "text": "85-річний чоловік, який живе сам",
                            "correct": True,
                            "feedback": (
                                "Так. Літні люди слабше відчувають спрагу, а оскільки він живе "
                                "сам, ніхто може не помітити, що йому зле."
                            ),
                        },
                        {
                            "text": "Шестимісячне немовля",
                            "correct": True,
                            "feedback": (
                                "Так. Немовля не може сказати, що хоче пити чи що йому жарко, а "
                                "його організм швидко перегрівається."
                            ),
                        },
                        {
                            "text": "Будівельник, який цілий день працює надворі",
                            "correct": True,
                            "feedback": (
                                "Так. Під час важкої праці на сонці тіло виробляє багато тепла, "
                                "тому працівникам надворі потрібні перерви, тінь і вода."
                            ),
                        },
                        {
                            "text": (
                                "Здоровий дорослий, який відпочиває в прохолодній кімнаті й "
                                "регулярно п'є"
                            ),
                            "correct": False,
                            "feedback": (
                                "Ця людина робить усе правильно. Спека може зашкодити будь-кому, "
                                "але тінь, відпочинок і вода значно знижують ризик."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Собаку можна залишити в припаркованому авто на п'ять хвилин, якщо вікна "
                        "трохи відчинені."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": False,
                            "feedback": (
                                "Припарковане авто нагрівається дуже швидко, навіть якщо вікна "
                                "трохи відчинені. П'яти хвилин може вистачити, щоб тварина "
                                "загинула."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Ніколи не залишайте людину чи тварину в "
                                "припаркованому авто, навіть ненадовго."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Після спекотного дня ваш сусід розгублений, має дуже гарячу шкіру і його "
                        "важко розбудити. Що треба зробити насамперед?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Зателефонувати на 112, а поки чекаєте, охолоджувати його водою й "
                                "потоком повітря"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Це ознаки теплового удару — стану, що загрожує життю. "
                                "Швидке охолодження й екстрена допомога рятують життя."
                            ),
                        },
                        {
                            "text": "Дати йому випити велику склянку води й залишити спати",
                            "correct": False,
                            "feedback": (
                                "Людина, яка не повністю при тямі, може захлинутися. Сплутаність "
                                "свідомості й сонливість — ознаки теплового удару, що потребує "
                                "негайної допомоги."
                            ),
                        },
                        {
                            "text": "Почекати годину й подивитися, чи йому покращає",
                            "correct": False,
                            "feedback": (
                                "Тепловий удар за короткий час може пошкодити мозок та інші "
                                "органи. Зволікання наражає життя людини на небезпеку."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": "У людини з тепловим ударом шкіра завжди суха.",
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": False,
                            "feedback": (
                                "Не завжди. Шкіра при тепловому ударі може бути сухою або вкритою "
                                "потом, тож пітливість не виключає тепловий удар."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Шкіра може бути сухою або спітнілою. Зважайте й на "
                                "інші ознаки, як-от дуже висока температура та сплутаність "
                                "свідомості."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Що допомагає не перегрітися в найспекотніші години дня? Виберіть усі "
                        "правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": "Прийняти прохолодний душ",
                            "correct": True,
                            "feedback": "Так. Прохолодна вода на шкірі відводить тепло від тіла.",
                        },
                        {
                            "text": "Піти на пробіжку о третій годині дня",
                            "correct": False,
                            "feedback": (
                                "Важке навантаження в найспекотніші години змушує тіло виробляти "
                                "ще більше тепла. Краще тренуйтеся рано-вранці або відпочивайте."
                            ),
                        },
                        {
                            "text": (
                                "Провести час у прохолодному громадському місці, наприклад у "
                                "бібліотеці"
                            ),
                            "correct": True,
                            "feedback": (
                                "Так. Кілька годин у прохолоді дають організму перепочити від "
                                "спеки."
                            ),
                        },
                        {
                            "text": "Носити темний тісний одяг",
                            "correct": False,
                            "feedback": (
                                "Темні кольори поглинають тепло, а тісний одяг його затримує. У "
                                "вільному світлому одязі прохолодніше."
                            ),
                        },
                    ],
                },
            ],
        },
        "ar": {
            "title": "موجات الحر: حافظ على برودتك واعتنِ بالآخرين",
            "summary": (
                "موجة الحر هي عدة أيام وليالٍ من الحرارة غير المعتادة. تعرّف على الأشخاص الأكثر "
                "عرضة للخطر، وكيف تحافظ على برودة جسمك، وكيف تتعرّف على ضربة الحرارة، وهي حالة "
                "طبية طارئة."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "موجة الحر فترة تمتد عدة أيام تكون فيها الحرارة أعلى بكثير من "
                            "المعتاد، وتبقى فيها الليالي دافئة أيضًا. فلا يجد الجسم فرصة ليبرد "
                            "ويرتاح، ويتراكم عليه الإجهاد يومًا بعد يوم."
                        ),
                        (
                            "يمكن أن تُمرض الحرارة أي شخص، حتى الشباب الأصحاء الذين يُجهدون "
                            "أنفسهم أكثر من اللازم. عادات بسيطة تحميك وتحمي من حولك، وتكون أكثر "
                            "فعالية عندما يبدأ بها الجميع مبكرًا."
                        ),
                    ],
                ),
                (
                    "heading",
                    "من هم الأكثر عرضة للخطر",
                ),
                (
                    "text",
                    [
                        (
                            "يحتاج بعض الناس إلى عناية خاصة في الطقس الحار: كبار السن، والرضّع "
                            "والأطفال الصغار، والنساء الحوامل، والمصابون بأمراض مزمنة مثل أمراض "
                            "القلب أو الرئتين أو الكلى. كما أن بعض الأدوية تُصعّب على الجسم تحمّل "
                            "الحرارة. ويزداد الخطر أيضًا على من يعملون في الخارج أو يمارسون "
                            "الرياضة أو يعيشون بمفردهم."
                        ),
                        (
                            "كثيرًا ما لا يشعر كبار السن والرضّع بالعطش جيدًا، وتكون قدرة أجسامهم "
                            "على ضبط حرارتها أضعف. وقد يمرض من يعيش وحده دون أن يلاحظ أحد ذلك. "
                            "لهذا من المهم جدًا الاطمئنان على الآخرين كل يوم."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "لا تترك أحدًا أبدًا في سيارة متوقفة",
                        "text": (
                            "حتى مع فتح النوافذ قليلًا، قد تصبح حرارة السيارة المتوقفة قاتلة خلال "
                            "دقائق. لا تترك أبدًا طفلًا أو شخصًا يحتاج إلى مساعدة أو حيوانًا وحده "
                            "في السيارة، ولو للحظة واحدة."
                        ),
                    },
                ),
                (
                    "heading",
                    "حافظ على برودة بيتك وجسمك",
                ),
                (
                    "checklist",
                    {
                        "title": "عادات يومية خلال موجة الحر",
                        "items": [
                            "أغلق المصاريع والستائر نهارًا، وخاصة على النوافذ التي تدخلها الشمس.",
                            (
                                "افتح النوافذ ليلًا وفي الصباح الباكر، عندما يكون الهواء في "
                                "الخارج أبرد."
                            ),
                            "اشرب الماء بانتظام طوال اليوم، من دون أن تنتظر الشعور بالعطش.",
                            "تجنّب الكحول، فهو يُفقد الجسم الماء.",
                            "تناول وجبات خفيفة فيها فواكه وخضراوات غنية بالماء.",
                            "تجنّب الرياضة والمجهود البدني الشاق في أشد ساعات النهار حرارة.",
                            "خذ حمّامًا باردًا، أو بلّل جلدك واجلس حيث يتحرك الهواء.",
                            "ارتدِ ملابس فضفاضة فاتحة اللون، وضع قبعة عند الخروج.",
                            (
                                "إذا بقي بيتك حارًا، فاقضِ بضع ساعات في مكان بارد مثل مكتبة أو "
                                "متحف أو مركز تسوّق."
                            ),
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            "تابع النشرة الجوية وتحذيرات السلطات من الحر.",
                            "تأكد من أنك تستطيع تظليل نوافذك بالمصاريع أو الستائر.",
                            (
                                "اكتب قائمة بالأشخاص الذين ستطمئن عليهم، مثل الجيران المسنّين أو "
                                "الأقارب الذين يعيشون بمفردهم."
                            ),
                            (
                                "اسأل طبيبك أو الصيدلي هل تحتاج حالتك الصحية أو أدويتك إلى "
                                "احتياطات خاصة في الحر."
                            ),
                            "اعرف أين توجد الأماكن العامة الباردة القريبة منك.",
                        ],
                        "during": [
                            "ابقَ في الداخل خلال أشد الساعات حرارة، في أبرد غرفة في بيتك.",
                            "اشرب بانتظام، وتأكد من أن الأطفال وكبار السن يشربون أيضًا.",
                            "اتصل بالأشخاص الأكثر عرضة للخطر أو زرهم مرة واحدة على الأقل كل يوم.",
                            "راقب علامات التأثر بالحر عليك وعلى الآخرين.",
                            "وفّر لحيواناتك الأليفة ماءً نظيفًا ومكانًا ظليلًا لترتاح فيه.",
                        ],
                        "after": [
                            "واصل الشرب والراحة، فالجسم يحتاج إلى وقت ليتعافى بعد عدة أيام حارة.",
                            "واصل الاطمئنان على الأشخاص الذين مرضوا خلال موجة الحر.",
                            "فكّر فيما كان صعبًا، وحسّن خطتك لموجة الحر القادمة.",
                        ],
                    },
                ),
                (
                    "heading",
                    "الإنهاك الحراري وضربة الحرارة",
                ),
                (
                    "text",
                    [
                        (
                            "غالبًا ما يأتي الإنهاك الحراري أولًا. ومن علاماته: التعرّق الشديد، "
                            "والتعب، والصداع، والدوخة، والغثيان، والتشنجات العضلية، والعطش "
                            "الشديد. انقل الشخص إلى مكان بارد، وساعده على الاستلقاء، وخفّف "
                            "ملابسه، وأعطه الماء ليشربه على رشفات، وبرّد جلده. إذا لم يتحسّن خلال "
                            "30 دقيقة، أو إذا ساءت حالته، فاطلب المساعدة الطبية."
                        ),
                        (
                            "ضربة الحرارة حالة طارئة تهدّد الحياة. ترتفع حرارة الجسم كثيرًا، وقد "
                            "يصبح الشخص مشوّش الذهن أو يتصرّف بشكل غريب، ويكون جلده ساخنًا جافًا "
                            "أو متعرّقًا، وقد تصيبه نوبة تشنّج أو يفقد الوعي. اتصل فورًا برقم "
                            "الطوارئ 112. وفي أثناء الانتظار، انقل الشخص إلى الظل، وانزع عنه "
                            "الملابس الزائدة، وبرّده بالماء والقماش المبلّل وتحريك الهواء. لا "
                            "تعطِ أي شراب لشخص ليس في كامل وعيه."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "لنعتنِ ببعضنا",
                        "text": (
                            "مكالمة قصيرة أو طرقة على الباب كل يوم قد تنقذ حياة. إذا لم يستطع أحد "
                            "إبقاء بيته باردًا، فساعده على الوصول إلى مكان عام بارد. وخلال موجات "
                            "الحر، تفتح بلديات كثيرة قاعات مكيّفة وتعلن عن أماكنها."
                        ),
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "الجو حار جدًا في الخارج بعد الظهر. ما أفضل طريقة للحفاظ على برودة بيتك؟"
                    ),
                    "choices": [
                        {
                            "text": "إبقاء المصاريع والستائر مغلقة نهارًا وفتح النوافذ ليلًا",
                            "correct": True,
                            "feedback": (
                                "أحسنت. حجب الشمس يمنع دخول الحرارة نهارًا، وهواء الليل الأبرد "
                                "يسمح للبيت بأن يبرد."
                            ),
                        },
                        {
                            "text": "فتح كل النوافذ على مصراعيها بعد الظهر لإدخال الهواء",
                            "correct": False,
                            "feedback": (
                                "بعد الظهر يكون الهواء في الخارج أسخن من الهواء في الداخل، فتُدخل "
                                "النوافذ المفتوحة مزيدًا من الحرارة."
                            ),
                        },
                        {
                            "text": "ترك الستائر مفتوحة لتبقى الغرف مضيئة",
                            "correct": False,
                            "feedback": (
                                "أشعة الشمس التي تمر عبر الزجاج تسخّن الغرف بسرعة. تظليل النوافذ "
                                "نهارًا يبقي الغرف أبرد."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "متى يجب أن تشرب الماء خلال موجة الحر؟",
                    "choices": [
                        {
                            "text": "فقط عندما تشعر بالعطش",
                            "correct": False,
                            "feedback": (
                                "كثيرًا ما يأتي العطش متأخرًا، خاصة عند كبار السن والأطفال. "
                                "وعندها قد يكون الجسم قد بدأ يعاني نقص الماء."
                            ),
                        },
                        {
                            "text": "بانتظام طوال اليوم، حتى إن لم تكن عطشانًا",
                            "correct": True,
                            "feedback": (
                                "أحسنت. الشرب بكميات صغيرة ومتكررة يعوّض الماء الذي تفقده "
                                "بالتعرّق قبل أن تشعر بالتعب."
                            ),
                        },
                        {
                            "text": "في المساء غالبًا، مع كأس بيرة باردة",
                            "correct": False,
                            "feedback": (
                                "الكحول يُفقد الجسم الماء، والانتظار حتى المساء يتركك دون ماء "
                                "كافٍ في أشد الساعات حرارة."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "من الأكثر عرضة للخطر بين هؤلاء خلال موجة الحر؟ اختر كل الإجابات الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "رجل في الخامسة والثمانين يعيش وحده",
                            "correct": True,
                            "feedback": (
                                "نعم. يشعر كبار السن بالعطش أقل، ولأنه يعيش وحده قد لا يلاحظ أحد "
                                "أنه مريض."
                            ),
                        },
                        {
                            "text": "رضيع عمره ستة أشهر",
                            "correct": True,
                            "feedback": (
                                "نعم. لا يستطيع الرضيع أن يقول إنه عطشان أو يشعر بالحر، وجسمه "
                                "ترتفع حرارته بسرعة."
                            ),
                        },
                        {
                            "text": "عامل بناء يعمل في الخارج طوال اليوم",
                            "correct": True,
                            "feedback": (
                                "نعم. العمل الشاق تحت الشمس يولّد حرارة كبيرة في الجسم، لذلك "
                                "يحتاج العاملون في الخارج إلى فترات راحة وظل وماء."
                            ),
                        },
                        {
                            "text": "شخص بالغ سليم يرتاح في غرفة باردة ويشرب بانتظام",
                            "correct": False,
                            "feedback": (
                                "هذا الشخص يفعل الصواب. يمكن أن يتأثر أي شخص بالحر، لكن الظل "
                                "والراحة والماء تقلل الخطر كثيرًا."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "لا بأس بترك كلب في سيارة متوقفة خمس دقائق إذا كانت النوافذ مفتوحة قليلًا."
                    ),
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": False,
                            "feedback": (
                                "تسخن السيارة المتوقفة بسرعة كبيرة حتى مع فتح النوافذ قليلًا. وقد "
                                "تكفي خمس دقائق لقتل حيوان."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": True,
                            "feedback": (
                                "أحسنت. لا تترك أي إنسان أو حيوان في سيارة متوقفة، ولو لوقت قصير."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "بعد يوم حار، جارك مشوّش الذهن وجلده ساخن جدًا ويصعب إيقاظه. بمَ تبدأ؟"
                    ),
                    "choices": [
                        {
                            "text": (
                                "الاتصال بالرقم 112، ثم تبريده بالماء وتحريك الهواء في أثناء "
                                "الانتظار"
                            ),
                            "correct": True,
                            "feedback": (
                                "أحسنت. هذه علامات ضربة الحرارة، وهي حالة طارئة تهدّد الحياة. "
                                "التبريد السريع والإسعاف العاجل ينقذان الأرواح."
                            ),
                        },
                        {
                            "text": "إعطاؤه كوبًا كبيرًا من الماء وتركه ينام",
                            "correct": False,
                            "feedback": (
                                "قد يختنق الشخص غير الواعي تمامًا إذا شرب. والتشوّش والنعاس من "
                                "علامات ضربة الحرارة التي تحتاج إلى إسعاف فوري."
                            ),
                        },
                        {
                            "text": "الانتظار ساعة لمعرفة ما إذا كانت حالته ستتحسّن",
                            "correct": False,
                            "feedback": (
                                "قد تُلحق ضربة الحرارة الضرر بالدماغ وبأعضاء أخرى خلال وقت قصير. "
                                "والانتظار يعرّض حياة الشخص للخطر."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": "يكون جلد المصاب بضربة الحرارة جافًا دائمًا.",
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": False,
                            "feedback": (
                                "ليس دائمًا. قد يكون جلد المصاب بضربة الحرارة جافًا أو مبلّلًا "
                                "بالعرق، فالتعرّق لا ينفي الإصابة."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": True,
                            "feedback": (
                                "أحسنت. قد يكون الجلد جافًا أو متعرّقًا. انتبه أيضًا إلى العلامات "
                                "الأخرى مثل الارتفاع الشديد في الحرارة وتشوّش الذهن."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "أيّ هذه التصرفات تساعدك على البقاء باردًا في أشد ساعات النهار حرارة؟ "
                        "اختر كل الإجابات الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "الاستحمام بماء بارد",
                            "correct": True,
                            "feedback": (
                                "نعم. الماء البارد على الجلد يساعد الجسم على التخلّص من الحرارة."
                            ),
                        },
                        {
                            "text": "الخروج للجري في الساعة الثالثة بعد الظهر",
                            "correct": False,
                            "feedback": (
                                "المجهود الشاق في أشد الساعات حرارة يجعل الجسم ينتج حرارة أكبر. "
                                "مارس الرياضة في الصباح الباكر بدلًا من ذلك، أو استرح."
                            ),
                        },
                        {
                            "text": "قضاء بعض الوقت في مكان عام بارد مثل المكتبة",
                            "correct": True,
                            "feedback": "نعم. بضع ساعات في مكان بارد تمنح جسمك استراحة من الحر.",
                        },
                        {
                            "text": "ارتداء ملابس داكنة وضيقة",
                            "correct": False,
                            "feedback": (
                                "الألوان الداكنة تمتص الحرارة، والملابس الضيقة تحبسها. الملابس "
                                "الفضفاضة الفاتحة أبرد."
                            ),
                        },
                    ],
                },
            ],
        },
    },
}
