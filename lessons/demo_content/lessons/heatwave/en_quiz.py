"""The English quiz of the demo lesson "heatwave"."""

QUIZ = [
    {
        "kind": "single",
        "prompt": (
            "It is very hot outside in the afternoon. What is the best way to keep your home cool?"
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
]
