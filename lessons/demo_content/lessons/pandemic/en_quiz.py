"""The English quiz of the demo lesson "pandemic"."""

QUIZ = [
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
]
