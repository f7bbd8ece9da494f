"""The English text of the demo lesson "kit"."""

from .en_quiz import QUIZ

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
    "quiz": QUIZ,
}
