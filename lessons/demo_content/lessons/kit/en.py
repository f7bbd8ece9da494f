"""The English text of the demo lesson "kit"."""

TEXTS = {
    "title": "Build a 72-hour emergency kit",
    "summary": (
        "In a disaster, help may take several days to reach everyone. A ready-packed kit "
        "lets your household manage on its own for at least three days."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Storms, floods or a long power cut can leave your area without "
                    "water, electricity, open shops or a phone network. Emergency "
                    "services must help the people in the greatest danger first, so your "
                    "household may have to look after itself for a while."
                ),
                (
                    "A 72-hour kit is a bag or box that holds everything you need to get "
                    "through three days. Keep it in one place that everyone knows, near "
                    "the exit, so you can grab it quickly if you have to leave."
                ),
            ],
        ),
        (
            "heading",
            "Water and food",
        ),
        (
            "text",
            [
                (
                    "Plan about 2 litres of drinking water per person per day, plus some "
                    "extra for washing and brushing teeth. For a family of four, that "
                    "means at least 24 litres of drinking water for three days. Use "
                    "sealed bottles and note their expiry dates."
                ),
                (
                    "Pick food that keeps for a long time and can be eaten without "
                    "cooking: tinned fish or beans, crackers, dried fruit, nuts and "
                    "cereal bars. Pack a manual tin opener. Replace water and food before "
                    "they expire, and eat the old stock at home so nothing goes to waste."
                ),
            ],
        ),
        (
            "checklist",
            {
                "title": "What to put in your kit",
                "items": [
                    "Drinking water: about 2 litres per person per day, for 3 days",
                    "Food that needs no cooking, and a manual tin opener",
                    "Your usual medicines and copies of your prescriptions",
                    "A first-aid kit",
                    "A torch and spare batteries",
                    "A battery-powered or wind-up radio",
                    "A charged power bank and a phone cable",
                    "Some cash in small notes and coins",
                    ("Copies of ID cards, insurance papers and key contacts, in a waterproof bag"),
                    "Soap, toilet paper, wet wipes, sanitary products and rubbish bags",
                    "Warm clothes, a blanket and sturdy shoes",
                    "Spare glasses, spare keys and a paper list of phone numbers",
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Avoid candles",
                "text": (
                    "Candles often start house fires during power cuts. Use a torch or a "
                    "battery lamp instead. If you really must light a candle, put it in a "
                    "stable holder, away from curtains, and never leave it burning "
                    "unattended."
                ),
            },
        ),
        (
            "heading",
            "Think of everyone in your home",
        ),
        (
            "text",
            [
                (
                    "Adapt the kit to the people who live with you. Babies need nappies, "
                    "formula milk and bottles. Older people may need spare glasses, "
                    "hearing aid batteries or a walking aid. People with disabilities may "
                    "need extra medical supplies or a charged battery for a wheelchair."
                ),
                (
                    "Pets need food, water, a lead or a carrier, and their medicines too. "
                    "Children cope better with a small toy, a book or a game."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Keep digital copies too",
                "text": (
                    "Take photos or scans of your documents and store them in a secure "
                    "online account or on an encrypted USB stick. If the paper copies are "
                    "lost, you can still prove who you are and contact your insurer."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    "List what your household needs and gather it in one bag or box.",
                    "Store the kit in a cool, dry place that is easy to reach.",
                    "Tell everyone in your household where the kit is.",
                ],
                "during": [
                    "Take the kit with you if you are told to leave your home.",
                    "Listen to the radio for official information and instructions.",
                    "Share out water and food carefully so they last three days.",
                ],
                "after": [
                    "Replace everything you used as soon as the shops reopen.",
                    "Check the kit twice a year, for example in spring and in autumn.",
                    "Swap out expired food, water and medicines, and old batteries.",
                ],
            },
        ),
    ],
    "quiz": [
        {
            "kind": "single",
            "prompt": ("How much drinking water should you store for one person for three days?"),
            "choices": [
                {
                    "text": "About 2 litres",
                    "correct": False,
                    "feedback": (
                        "That is only enough drinking water for one day. You need about 2 "
                        "litres for each of the three days."
                    ),
                },
                {
                    "text": "About 6 litres",
                    "correct": True,
                    "feedback": (
                        "Right: about 2 litres a day for 3 days makes 6 litres of "
                        "drinking water. Add a little extra for hygiene."
                    ),
                },
                {
                    "text": "About 20 litres",
                    "correct": False,
                    "feedback": (
                        "That is far more than one person drinks in three days. It would "
                        "be heavy and hard to store and replace."
                    ),
                },
            ],
        },
        {
            "kind": "multiple",
            "prompt": (
                "Which of these foods are good choices for your kit? Choose all that apply."
            ),
            "choices": [
                {
                    "text": "Tinned beans or fish, with a manual tin opener",
                    "correct": True,
                    "feedback": (
                        "Yes. Tins keep for a long time and can be eaten cold, and a "
                        "manual opener works without power."
                    ),
                },
                {
                    "text": "Frozen pizza",
                    "correct": False,
                    "feedback": (
                        "No. It needs a freezer and an oven, and both may stop working in "
                        "an emergency."
                    ),
                },
                {
                    "text": "Cereal bars and dried fruit",
                    "correct": True,
                    "feedback": ("Yes. They are light, keep for months and need no cooking."),
                },
                {
                    "text": "Fresh milk",
                    "correct": False,
                    "feedback": (
                        "No. Fresh milk goes off within hours without a fridge. Long-life "
                        "milk in a carton is a better choice."
                    ),
                },
            ],
        },
        {
            "kind": "true_false",
            "prompt": "During a power cut, candles are the safest way to light your home.",
            "choices": [
                {
                    "text": "True",
                    "correct": False,
                    "feedback": (
                        "Candles are a common cause of house fires during power cuts. A "
                        "torch or battery lamp is much safer."
                    ),
                },
                {
                    "text": "False",
                    "correct": True,
                    "feedback": (
                        "Correct. A torch or a battery lamp gives you light without the "
                        "risk of starting a fire."
                    ),
                },
            ],
        },
        {
            "kind": "single",
            "prompt": "Why should your kit include a battery-powered or wind-up radio?",
            "choices": [
                {
                    "text": ("To hear official information even when power and internet are down"),
                    "correct": True,
                    "feedback": (
                        "Right. Radio broadcasts often keep working when other networks "
                        "fail, so you can still hear what the authorities advise."
                    ),
                },
                {
                    "text": "To play music and keep children busy",
                    "correct": False,
                    "feedback": (
                        "Music can help, but the main reason is to hear warnings and "
                        "instructions from the authorities."
                    ),
                },
                {
                    "text": "To call the emergency services",
                    "correct": False,
                    "feedback": (
                        "A radio only receives broadcasts. You cannot use it to call anyone."
                    ),
                },
            ],
        },
        {
            "kind": "single",
            "prompt": "How often should you check your kit?",
            "choices": [
                {
                    "text": "Only when a disaster is announced",
                    "correct": False,
                    "feedback": (
                        "By then the shops may be closed or crowded, and you will have no "
                        "time to fix what is missing."
                    ),
                },
                {
                    "text": "Twice a year",
                    "correct": True,
                    "feedback": (
                        "Right. Checking twice a year lets you replace expired food, "
                        "water and medicines, and flat batteries, in time."
                    ),
                },
                {
                    "text": "Once every ten years",
                    "correct": False,
                    "feedback": ("Food, water, medicines and batteries expire long before that."),
                },
            ],
        },
        {
            "kind": "multiple",
            "prompt": (
                "Your neighbour lives with her elderly father and a dog. What should she "
                "add to her kit? Choose all that apply."
            ),
            "choices": [
                {
                    "text": "Her father's medicines and copies of his prescriptions",
                    "correct": True,
                    "feedback": (
                        "Yes. Pharmacies may be closed, and a copy of the prescription "
                        "helps a doctor replace lost medicines."
                    ),
                },
                {
                    "text": "Food, water and a lead for the dog",
                    "correct": True,
                    "feedback": (
                        "Yes. Pets depend on you in an emergency and need their own supplies."
                    ),
                },
                {
                    "text": ("Spare glasses or hearing aid batteries, if her father uses them"),
                    "correct": True,
                    "feedback": (
                        "Yes. Without them he may not be able to read instructions or "
                        "hear warnings."
                    ),
                },
                {
                    "text": "Nothing, because a standard kit covers everyone",
                    "correct": False,
                    "feedback": (
                        "No. A kit must match the real needs of each person and animal in "
                        "the household."
                    ),
                },
            ],
        },
        {
            "kind": "single",
            "prompt": ("Where is the best place to keep copies of your important documents?"),
            "choices": [
                {
                    "text": (
                        "In a waterproof bag in your kit, with digital copies stored securely"
                    ),
                    "correct": True,
                    "feedback": (
                        "Right. The waterproof bag protects the paper copies, and the "
                        "digital copies are a backup if the bag is lost."
                    ),
                },
                {
                    "text": "Loose in a drawer at home",
                    "correct": False,
                    "feedback": (
                        "If you have to leave quickly, you may not find them, and water "
                        "or fire could destroy them."
                    ),
                },
                {
                    "text": "Nowhere, because you will not need them in an emergency",
                    "correct": False,
                    "feedback": (
                        "After a disaster you may need to prove who you are, access your "
                        "bank or make an insurance claim."
                    ),
                },
            ],
        },
    ],
}
