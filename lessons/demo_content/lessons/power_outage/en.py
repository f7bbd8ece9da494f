"""The English text of the demo lesson "power outage"."""

TEXTS = {
    "title": "Coping with a long power cut",
    "summary": (
        "A power cut can last for hours or even days, and it can also stop heating, water "
        "and phone networks. Learn how to prepare, stay safe and keep your food safe to "
        "eat."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Storms, heatwaves, ice, technical faults or damage to the grid can "
                    "cut off electricity. Most power cuts are short, but some last "
                    "several days. Without power, lights, fridges, lifts and card "
                    "payments stop working. Heating, water pumps and mobile networks may "
                    "fail too."
                ),
                (
                    "A little preparation makes a long power cut easier and much safer to "
                    "get through."
                ),
            ],
        ),
        (
            "heading",
            "Get ready before the lights go out",
        ),
        (
            "checklist",
            {
                "title": "Be ready for a power cut",
                "items": [
                    "Torches and battery lamps in places you can find in the dark",
                    "Spare batteries in the right sizes",
                    "A radio that runs on batteries or a wind-up handle",
                    "A fully charged power bank for each phone",
                    "Bottled drinking water and food that needs no cooking",
                    "Warm clothes, blankets and sleeping bags",
                    "Some cash, as card readers and cash machines may not work",
                    "A paper list of important phone numbers",
                    (
                        "The phone number or website of your electricity network "
                        "operator, for reporting faults"
                    ),
                    "A backup plan for anyone at home who uses electric medical equipment",
                ],
            },
        ),
        (
            "steps",
            {
                "before": [
                    "Learn how to open electric garage doors, gates and shutters by hand.",
                    (
                        "If someone relies on electric medical equipment, ask their "
                        "doctor or supplier about backup batteries. Register them with "
                        "your electricity company if it keeps a priority list."
                    ),
                    "Charge phones and power banks when a storm or heatwave is forecast.",
                ],
                "during": [
                    (
                        "Check whether your neighbours have power. If only your home is "
                        "affected, check your fuse box."
                    ),
                    (
                        "Report the power cut to your network operator, and listen to the "
                        "radio for updates."
                    ),
                    (
                        "Unplug computers, TVs and other sensitive appliances to protect "
                        "them from a surge when the power returns. Leave one lamp "
                        "switched on so you know when it is back."
                    ),
                    "Keep the fridge and freezer closed.",
                    (
                        "Save your phone battery: dim the screen, close apps, and send "
                        "text messages rather than calling."
                    ),
                    (
                        "Check on older neighbours, people who live alone and people who "
                        "use medical equipment."
                    ),
                ],
                "after": [
                    ("Plug appliances back in one at a time, to avoid overloading the network."),
                    "Check the food in your fridge and freezer before you eat it.",
                    ("Recharge phones, power banks and batteries, and replace what you used."),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Carbon monoxide can kill",
                "text": (
                    "Never use a generator, barbecue, camping stove, or gas or paraffin "
                    "heater indoors, in a garage or close to doors and windows. They give "
                    "off carbon monoxide, a gas you cannot see or smell that can kill "
                    "within minutes. If you get a headache, feel dizzy or sick, get into "
                    "fresh air at once and call the emergency number."
                ),
            },
        ),
        (
            "heading",
            "Light, warmth and getting around",
        ),
        (
            "text",
            [
                (
                    "Use torches and battery lamps rather than candles, which start many "
                    "house fires. To stay warm, wear several layers, gather in one room "
                    "and keep doors and curtains closed. In hot weather, stay in the "
                    "shade and drink plenty of water."
                ),
                (
                    "If the tap water stops, keep your bottled water for drinking. Avoid "
                    "lifts, as you could get stuck. Traffic lights may be off: if you "
                    "must drive, go slowly, take great care at junctions and follow any "
                    "police officers directing traffic."
                ),
            ],
        ),
        (
            "heading",
            "Keeping food safe",
        ),
        (
            "text",
            [
                (
                    "A closed fridge keeps food cold for about 4 hours. A full freezer "
                    "keeps food frozen for about 48 hours if you keep the door shut, and "
                    "a half-full one for about 24 hours. Each time you open the door, "
                    "cold air escapes."
                ),
                (
                    "When the power comes back, throw away meat, fish, dairy products, "
                    "cooked dishes and leftovers that have been above 4 °C for more than "
                    "two hours. Never taste food to find out if it is safe. When in "
                    "doubt, throw it out."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Fill the gaps in your freezer",
                "text": (
                    "Fill empty spaces in your freezer with plastic bottles of water, "
                    "leaving a little room at the top. A full freezer stays cold for "
                    "longer, and the frozen bottles can cool your fridge or become "
                    "drinking water later."
                ),
            },
        ),
    ],
    "quiz": [
        {
            "kind": "single",
            "prompt": (
                "The power went off two hours ago. What is the best way to keep the food "
                "in your fridge cold?"
            ),
            "choices": [
                {
                    "text": "Open the door now and then to check the food",
                    "correct": False,
                    "feedback": (
                        "Each time you open the door, cold air escapes and the food warms "
                        "up faster."
                    ),
                },
                {
                    "text": "Keep the door closed as much as possible",
                    "correct": True,
                    "feedback": (
                        "Right. A fridge that stays closed keeps food cold for about 4 hours."
                    ),
                },
                {
                    "text": "Turn the fridge to its coldest setting",
                    "correct": False,
                    "feedback": (
                        "Without electricity the setting makes no difference. Keeping the "
                        "door shut is what helps."
                    ),
                },
            ],
        },
        {
            "kind": "true_false",
            "prompt": (
                "You can safely run a petrol generator in your garage as long as the "
                "garage door is open."
            ),
            "choices": [
                {
                    "text": "True",
                    "correct": False,
                    "feedback": (
                        "An open door does not let enough fumes out. Carbon monoxide can "
                        "build up in the garage and seep into the house."
                    ),
                },
                {
                    "text": "False",
                    "correct": True,
                    "feedback": (
                        "Correct. A generator must only run outdoors, well away from "
                        "doors, windows and air vents."
                    ),
                },
            ],
        },
        {
            "kind": "multiple",
            "prompt": (
                "Which of these are safe ways to get light and stay warm during a power "
                "cut? Choose all that apply."
            ),
            "choices": [
                {
                    "text": "A torch or a battery lamp",
                    "correct": True,
                    "feedback": "Yes. It gives light without any risk of fire.",
                },
                {
                    "text": "A gas barbecue in the living room",
                    "correct": False,
                    "feedback": (
                        "Never. A barbecue gives off carbon monoxide, which can kill when "
                        "it builds up indoors."
                    ),
                },
                {
                    "text": "Wearing several layers and staying together in one room",
                    "correct": True,
                    "feedback": (
                        "Yes. Layers trap body heat, and one closed room stays warmer "
                        "than the whole home."
                    ),
                },
                {
                    "text": "Candles in every room",
                    "correct": False,
                    "feedback": ("No. Candles are a major cause of house fires during power cuts."),
                },
            ],
        },
        {
            "kind": "single",
            "prompt": "Why should you unplug computers and TVs during a power cut?",
            "choices": [
                {
                    "text": "To protect them from a surge when the power comes back",
                    "correct": True,
                    "feedback": (
                        "Right. A sudden surge when the supply returns can damage "
                        "sensitive electronics."
                    ),
                },
                {
                    "text": "To make the power come back sooner",
                    "correct": False,
                    "feedback": (
                        "Unplugging does not speed up repairs. It only protects your devices."
                    ),
                },
                {
                    "text": "Because they keep using electricity during the cut",
                    "correct": False,
                    "feedback": (
                        "Without power they use nothing. The danger is the surge when the "
                        "supply returns."
                    ),
                },
            ],
        },
        {
            "kind": "single",
            "prompt": (
                "Your freezer was full and has stayed closed. The power went off 30 hours "
                "ago. What is most likely?"
            ),
            "choices": [
                {
                    "text": "The food is probably still frozen",
                    "correct": True,
                    "feedback": (
                        "Right. A full freezer that stays closed keeps food frozen for "
                        "about 48 hours. Check for ice crystals before you use the food."
                    ),
                },
                {
                    "text": "All the food has thawed and must be thrown away",
                    "correct": False,
                    "feedback": (
                        "Not yet. A full, closed freezer keeps food frozen for much "
                        "longer than 30 hours."
                    ),
                },
                {
                    "text": "Frozen food stays safe however long the power is off",
                    "correct": False,
                    "feedback": (
                        "No. After about two days even a full freezer warms up, and the "
                        "food can go off."
                    ),
                },
            ],
        },
        {
            "kind": "multiple",
            "prompt": (
                "Your elderly neighbour lives alone and uses an electric oxygen machine. "
                "What should you do during a long power cut? Choose all that apply."
            ),
            "choices": [
                {
                    "text": "Visit or phone her to check that she is all right",
                    "correct": True,
                    "feedback": (
                        "Yes. People who depend on electric medical equipment are at high "
                        "risk during a power cut."
                    ),
                },
                {
                    "text": (
                        "Help her contact her doctor or equipment supplier, and call the "
                        "emergency number if her health is in danger"
                    ),
                    "correct": True,
                    "feedback": (
                        "Yes. They can provide backup equipment or move her somewhere with power."
                    ),
                },
                {
                    "text": "Wait until the power returns, since it is not your business",
                    "correct": False,
                    "feedback": (
                        "Her life may depend on that machine. A quick check could save it."
                    ),
                },
                {
                    "text": "Lend her your camping gas heater to use in her flat",
                    "correct": False,
                    "feedback": (
                        "No. A gas heater indoors can release deadly carbon monoxide, and "
                        "flames near oxygen can start a fire."
                    ),
                },
            ],
        },
        {
            "kind": "single",
            "prompt": (
                "When the power returns, you find cooked chicken that has been warm in "
                "the fridge for many hours. What should you do?"
            ),
            "choices": [
                {
                    "text": "Smell or taste it to check",
                    "correct": False,
                    "feedback": (
                        "Germs that make you ill often do not change how food smells or "
                        "tastes. Tasting it is risky."
                    ),
                },
                {
                    "text": "Reheat it well and eat it",
                    "correct": False,
                    "feedback": (
                        "Some germs make toxins that heat does not destroy, so reheating "
                        "does not make it safe."
                    ),
                },
                {
                    "text": "Throw it away",
                    "correct": True,
                    "feedback": (
                        "Right. When in doubt, throw it out: perishable food kept above 4 "
                        "°C for more than two hours may be unsafe."
                    ),
                },
            ],
        },
        {
            "kind": "true_false",
            "prompt": (
                "When traffic lights are out, you should drive slowly and take extra care "
                "at every junction."
            ),
            "choices": [
                {
                    "text": "True",
                    "correct": True,
                    "feedback": (
                        "Correct. Without working lights, drivers may not agree on who "
                        "goes first, so slow down and be ready to stop."
                    ),
                },
                {
                    "text": "False",
                    "correct": False,
                    "feedback": (
                        "Junctions without working lights are dangerous. Drive slowly and "
                        "follow any police officers directing traffic."
                    ),
                },
            ],
        },
    ],
}
