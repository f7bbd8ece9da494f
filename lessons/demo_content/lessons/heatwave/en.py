"""The English text of the demo lesson "heatwave"."""

from .en_quiz import QUIZ

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
    "quiz": QUIZ,
}
