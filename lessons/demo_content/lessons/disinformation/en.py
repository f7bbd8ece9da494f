"""The English text of the demo lesson "disinformation"."""

from .en_quiz import QUIZ

TEXTS = {
    "title": "Disinformation in a crisis: check before you share",
    "summary": (
        "In an emergency, false news and rumours spread fast and can put lives at risk. "
        "Learn how to check a message, where to find reliable information and how to "
        "avoid crisis scams."
    ),
    "body": [
        (
            "text",
            [
                (
                    "In an emergency, everyone wants news quickly. Rumours, mistakes and "
                    "deliberate lies spread fast on social media and messaging apps, "
                    "often faster than the truth. Some are honest errors. Others are made "
                    "on purpose to scare people, divide them or steal their money."
                ),
                (
                    "False information can send people the wrong way, make them ignore a "
                    "real warning, block phone lines or empty the shops. Checking before "
                    "you share is a simple way to protect your community."
                ),
            ],
        ),
        (
            "heading",
            "Where to find reliable information",
        ),
        (
            "text",
            [
                (
                    "Rely first on official sources: the alert channels of the public "
                    "authorities, such as Beacon and emergency alerts on your phone, the "
                    "official websites of the authorities and emergency services, and the "
                    "public broadcaster on radio and television. Their official social "
                    "media accounts are listed on their websites."
                ),
                (
                    "Save these sources now, before a crisis. If the mobile network or "
                    "the power fails, a battery or wind-up radio can still receive the "
                    "public broadcaster."
                ),
            ],
        ),
        (
            "checklist",
            {
                "title": "Before you believe or share a message, ask yourself:",
                "items": [
                    ("Who published it? Is it an official account or a well-known news outlet?"),
                    (
                        "When was it published? Old photos and videos are often shared "
                        "again as if they were new."
                    ),
                    (
                        "Do other reliable sources, such as the authorities or the public "
                        "broadcaster, say the same thing?"
                    ),
                    "Does it tell you to forward it urgently to everyone you know?",
                    ("Does it try to make you afraid or angry instead of explaining the facts?"),
                    "Do the logo, the web address or the spelling look slightly wrong?",
                    "Does it ask for a password, a payment or personal details?",
                    "Can you find the same alert on the authority's own website or app?",
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Official alerts never ask for your data",
                "text": (
                    "A real alert tells you what is happening and what to do. It never "
                    "asks for passwords, bank details, payments or personal information. "
                    "If a message does, it is a scam: do not click the link and do not "
                    "reply."
                ),
            },
        ),
        (
            "heading",
            "Scams during crises",
        ),
        (
            "text",
            [
                (
                    "Criminals use disasters to trick people. After a flood or an "
                    "earthquake, they set up fake charities. They send phishing messages "
                    "that look as if they come from a bank, a delivery company or the "
                    "authorities, to steal passwords or money. During an epidemic, they "
                    "sell fake cures and tests."
                ),
                (
                    "To give money safely, type the address of a charity you know into "
                    "your browser yourself, instead of clicking a link in a message. If "
                    "you think you have been tricked, contact your bank at once and "
                    "report it to the police."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Talking to someone who shares a rumour",
                "text": (
                    "Stay calm and friendly. People usually share rumours because they "
                    "are worried and want to help. Ask where the message came from, share "
                    "the link to the official information and explain how you checked it. "
                    "A private message often works better than a public correction."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "Save the official sources you trust: alert app, authority "
                        "websites and the public broadcaster."
                    ),
                    "Turn on emergency alerts on your phone.",
                    "Agree with your family which sources you will use in a crisis.",
                    ("Learn the signs of a fake message, and share them with people close to you."),
                ],
                "during": [
                    (
                        "Check the official sources before you act on a message, unless "
                        "you can see the danger yourself."
                    ),
                    ("Do not forward anything you cannot verify, even to warn your friends."),
                    ("If a message pushes you to act at once, take a moment to check it first."),
                    "Report false content using the report button of the platform.",
                ],
                "after": [
                    ("If you shared something false, correct it by posting the official facts."),
                    "Report scams to the police and to the platform where you saw them.",
                    (
                        "Talk with family and friends about the rumours you saw and how "
                        "you checked them."
                    ),
                ],
            },
        ),
    ],
    "quiz": QUIZ,
}
