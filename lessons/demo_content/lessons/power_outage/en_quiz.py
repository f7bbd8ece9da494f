"""The English quiz of the demo lesson "power outage"."""

QUIZ = [
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
                    "Each time you open the door, cold air escapes and the food warms up faster."
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
                "feedback": ("Her life may depend on that machine. A quick check could save it."),
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
]
