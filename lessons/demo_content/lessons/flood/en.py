"""The English text of the demo lesson "flood"."""

from .en_quiz import QUIZ

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
    "quiz": QUIZ,
}
