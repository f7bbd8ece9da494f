"""The English text of the demo lesson "flood"."""

TEXTS = {
    "title": "Floods: prepare, act, recover",
    "summary": (
        "Floods can happen fast, even far from a river. Know your risk, act early when a "
        "warning comes, and never walk or drive into flood water."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Floods are among the most common natural hazards. Rivers can burst "
                    "their banks, heavy rain can overwhelm drains in minutes, and storms "
                    "can push the sea inland. Flash floods can arrive with very little "
                    "warning."
                ),
                (
                    "Many flood deaths happen when people try to walk or drive through "
                    "flood water. Knowing your risk and acting early saves lives."
                ),
            ],
        ),
        (
            "heading",
            "Know your risk and get ready",
        ),
        (
            "text",
            [
                (
                    "Find out whether your home, school or workplace is in a flood-risk "
                    "area. Local authorities and national flood agencies often publish "
                    "flood maps online. Sign up for official warnings by app, text "
                    "message or email, and learn what each warning level means."
                ),
                (
                    "Plan how you would leave and where you would go, for example to "
                    "friends or family on higher ground. Know at least two routes, "
                    "because one of them may be under water."
                ),
            ],
        ),
        (
            "checklist",
            {
                "title": "Prepare your home and family",
                "items": [
                    "Check the flood maps for your area and sign up for official alerts",
                    "Prepare a 72-hour kit and keep it ready to grab",
                    ("Keep important documents in a waterproof bag, and save digital copies"),
                    "Learn how to switch off electricity, gas and water at the mains",
                    ("Move valuables, photos and electrical items upstairs or onto high shelves"),
                    "Plan your evacuation routes and a meeting place for your family",
                    "Decide where you would take your pets and move your car",
                    "Check that your home insurance covers flood damage",
                    "If you live in a risk area, keep sandbags or flood barriers ready",
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Never enter flood water",
                "text": (
                    "Just 15 cm of fast-moving water can knock an adult off their feet, "
                    "and 30 cm can float a car. Flood water can hide open manholes, holes "
                    "and sharp debris, and the road underneath may have washed away. Turn "
                    "around and find another way."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "When a warning is issued, follow official advice on the radio, "
                        "on TV or in your warning app."
                    ),
                    ("Move people, pets, valuables and documents upstairs or to higher ground."),
                    "Keep your kit, medicines and phone charger within reach.",
                    (
                        "If it is safe, switch off electricity and gas at the mains "
                        "before the water arrives."
                    ),
                ],
                "during": [
                    (
                        "Leave at once if the authorities tell you to evacuate, and use "
                        "the route they advise."
                    ),
                    "Move to higher ground or an upper floor. Never go into a basement.",
                    "Do not walk, swim or drive through flood water.",
                    "Stay away from rivers, streams and fallen power lines.",
                    (
                        "If you are trapped, go to the highest level that has a way out, "
                        "such as a window or roof, and call the emergency number."
                    ),
                ],
                "after": [
                    "Return home only when the authorities say it is safe.",
                    (
                        "Do not switch the power back on until a qualified electrician "
                        "has checked it."
                    ),
                    "Photograph the damage before you clean up, for your insurance claim.",
                    (
                        "Wear gloves and boots, then clean and disinfect everything the "
                        "water touched."
                    ),
                    "Follow local advice on whether tap water is safe to drink.",
                ],
            },
        ),
        (
            "heading",
            "Flood water is dirty and dangerous",
        ),
        (
            "text",
            [
                (
                    "Flood water is often mixed with sewage, fuel and chemicals. Avoid "
                    "touching it. If you do, wash your skin with soap and clean water, "
                    "and cover any cuts. Keep children and pets out of it, and throw away "
                    "any food it has touched."
                ),
                (
                    "After a flood, mould can start to grow within a day or two on damp "
                    "walls, floors and furniture. It can cause breathing problems, "
                    "especially for children, older people and people with asthma. Open "
                    "the windows, remove wet carpets and dry everything as quickly as you "
                    "can."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Take photos before you clean",
                "text": (
                    "Before you throw anything away, take photos and videos of the damage "
                    "and of each damaged item. Keep the receipts for repairs and "
                    "cleaning, and contact your insurer as soon as you can."
                ),
            },
        ),
    ],
    "quiz": [
        {
            "kind": "true_false",
            "prompt": (
                "If the water on a road looks shallow, it is safe to drive through it slowly."
            ),
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
                        "Correct. Turn around and find another route, however shallow the "
                        "water looks."
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
    ],
}
