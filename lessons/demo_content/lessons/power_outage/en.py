"""The English text of the demo lesson "power outage"."""

from .en_quiz import QUIZ

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
    "quiz": QUIZ,
}
