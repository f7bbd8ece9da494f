"""The English quiz of the demo lesson "kit"."""

QUIZ = [
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
        "prompt": ("Which of these foods are good choices for your kit? Choose all that apply."),
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
                    "No. It needs a freezer and an oven, and both may stop working in an emergency."
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
                "feedback": ("A radio only receives broadcasts. You cannot use it to call anyone."),
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
                    "Yes. Without them he may not be able to read instructions or hear warnings."
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
                "text": ("In a waterproof bag in your kit, with digital copies stored securely"),
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
]
