"""The English text of the demo lesson "heatwave"."""

TEXTS = {
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
                    ("Eat light meals with fruit and vegetables, which contain a lot of water."),
                    ("Avoid sport and hard physical effort during the hottest hours of the day."),
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
                    ("Follow the weather forecast and the heat warnings from the authorities."),
                    ("Check that you can shade your windows with shutters, blinds or curtains."),
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
                    ("Think about what was hard and improve your plan for the next heatwave."),
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
                        "Keep shutters and curtains closed in the day and open the windows at night"
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
                "Which of these people are especially at risk in a heatwave? Choose all that apply."
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
                    "text": ("A healthy adult resting in a cool room and drinking regularly"),
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
                    "text": ("Call 112, then cool them with water and moving air while you wait"),
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
                    "feedback": ("Yes. Cool water on the skin takes heat away from the body."),
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
                        "Yes. A few hours in a cool place give your body a break from the heat."
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
}
