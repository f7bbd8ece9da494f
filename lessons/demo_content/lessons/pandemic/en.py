"""The English text of the demo lesson "pandemic"."""

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
                    "feedback": ("Yes. Fresh air lowers the amount of virus floating in the room."),
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
                "Your grandmother lives alone and must isolate for ten days. What helps her most?"
            ),
            "choices": [
                {
                    "text": ("Calling or video-calling her often and leaving shopping at her door"),
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
                        "Yes. Make sure you will not run out of the medicines you take every day."
                    ),
                },
                {
                    "text": "A thermometer and fever medicine",
                    "correct": True,
                    "feedback": ("Yes. They help you follow and ease your symptoms at home."),
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
}
