"""The English text of the demo lesson "pandemic"."""

from .en_quiz import QUIZ

TEXTS = {
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
                    ("Stay in touch with family and friends by phone, messages or video calls."),
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
    "quiz": QUIZ,
}
