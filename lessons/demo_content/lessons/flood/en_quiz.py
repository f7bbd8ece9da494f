"""The English quiz of the demo lesson "flood"."""

QUIZ = [
    {
        "kind": "true_false",
        "prompt": ("If the water on a road looks shallow, it is safe to drive through it slowly."),
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "You cannot see how deep or fast the water is, or whether the "
                    "road beneath has washed away. Just 30 cm of moving water can "
                    "float a car."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Correct. Turn around and find another route, however shallow the water looks."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": ("Why is walking through flood water dangerous? Choose all that apply."),
        "choices": [
            {
                "text": "Even shallow moving water can knock you over",
                "correct": True,
                "feedback": (
                    "Yes. Just 15 cm of fast-moving water can knock an adult off their feet."
                ),
            },
            {
                "text": "It can hide open manholes, holes and sharp debris",
                "correct": True,
                "feedback": (
                    "Yes. You cannot see what is under muddy water, and a fall can be fatal."
                ),
            },
            {
                "text": "It may contain sewage, fuel and chemicals",
                "correct": True,
                "feedback": (
                    "Yes. Contact with flood water can cause infections and skin problems."
                ),
            },
            {
                "text": "It is only dangerous if it is deeper than your waist",
                "correct": False,
                "feedback": (
                    "No. Water that only reaches your ankles or knees can be strong "
                    "enough to sweep you away."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "A flood warning has been issued for your area, but there is no water "
            "yet. What should you do?"
        ),
        "choices": [
            {
                "text": (
                    "Follow official advice, move valuables and documents upstairs, "
                    "and get ready to leave"
                ),
                "correct": True,
                "feedback": (
                    "Right. Acting early gives you time to protect your belongings "
                    "and to leave safely."
                ),
            },
            {
                "text": "Go down to the river to see how high the water is",
                "correct": False,
                "feedback": (
                    "Riverbanks can collapse and water can rise very fast. Stay away "
                    "and follow official updates."
                ),
            },
            {
                "text": "Wait until water comes into the house before doing anything",
                "correct": False,
                "feedback": (
                    "By then it may be too late to protect your belongings or to leave safely."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "The authorities tell you to evacuate. Your house has two floors. What do you do?"
        ),
        "choices": [
            {
                "text": "Stay on the upper floor because it is dry",
                "correct": False,
                "feedback": (
                    "An evacuation order means staying is dangerous. You could be cut "
                    "off without water, power or help for days."
                ),
            },
            {
                "text": ("Leave at once with your kit, using the route the authorities advise"),
                "correct": True,
                "feedback": (
                    "Right. The recommended routes avoid flooded roads and lead to safe places."
                ),
            },
            {
                "text": "Go down to the basement to protect your belongings",
                "correct": False,
                "feedback": (
                    "Basements flood first and can fill up in minutes. Never go into "
                    "one during a flood."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "If it is safe to do so, you should switch off electricity and gas at the "
            "mains before flood water reaches your home."
        ),
        "choices": [
            {
                "text": "True",
                "correct": True,
                "feedback": (
                    "Correct. This lowers the risk of electric shocks, fires and gas leaks."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "Water and electricity together can kill, and damaged gas pipes "
                    "can leak. Switch both off if you can do it without touching "
                    "water."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "When is it safe to go back home after a flood?",
        "choices": [
            {
                "text": "As soon as the water has gone down",
                "correct": False,
                "feedback": (
                    "Buildings may be damaged, and electricity, gas and dirty mud can "
                    "still be dangerous."
                ),
            },
            {
                "text": "When the authorities say it is safe",
                "correct": True,
                "feedback": (
                    "Right. They check that roads, buildings and services are safe "
                    "before people return."
                ),
            },
            {
                "text": "Exactly 24 hours after the rain stops",
                "correct": False,
                "feedback": (
                    "There is no fixed waiting time. Rivers can keep rising after the "
                    "rain stops, so wait for the all-clear from the authorities."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "You are back home after a flood. Which actions are right? Choose all that apply."
        ),
        "choices": [
            {
                "text": "Take photos of the damage before you clean",
                "correct": True,
                "feedback": "Yes. Your insurer will need evidence of the damage.",
            },
            {
                "text": (
                    "Switch the electricity back on to run a heater and dry the house quickly"
                ),
                "correct": False,
                "feedback": (
                    "No. Wet wiring can give deadly shocks. An electrician must check it first."
                ),
            },
            {
                "text": "Wear gloves and boots while cleaning, and disinfect surfaces",
                "correct": True,
                "feedback": "Yes. Flood water can leave germs and chemicals behind.",
            },
            {
                "text": "Leave wet carpets in place to dry slowly",
                "correct": False,
                "feedback": (
                    "No. Wet carpets hold moisture and help mould grow. Take them out "
                    "and dry the room quickly."
                ),
            },
        ],
    },
]
