"""The English text of the demo lesson "disinformation"."""

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
    "quiz": [
        {
            "kind": "single",
            "prompt": (
                "A message in a group chat says a dam has broken and everyone must leave "
                "now. It gives no source. What should you do first?"
            ),
            "choices": [
                {
                    "text": (
                        "Check the authorities' alert channels, their official website or "
                        "the public broadcaster"
                    ),
                    "correct": True,
                    "feedback": (
                        "Right. Official sources quickly confirm a real danger and give "
                        "clear instructions. If you can see the danger yourself, move to "
                        "safety first."
                    ),
                },
                {
                    "text": "Forward it to all your contacts to warn them",
                    "correct": False,
                    "feedback": (
                        "If the message is false, you spread panic and may send people "
                        "towards danger. Check before you share."
                    ),
                },
                {
                    "text": (
                        "Ignore it without checking, because messages like this are always fake"
                    ),
                    "correct": False,
                    "feedback": (
                        "Some alarming messages are true. Take a minute to check official "
                        "sources rather than ignoring a possible danger."
                    ),
                },
            ],
        },
        {
            "kind": "true_false",
            "prompt": (
                "An official alert may ask you to confirm your bank details so that you "
                "can receive help."
            ),
            "choices": [
                {
                    "text": "True",
                    "correct": False,
                    "feedback": (
                        "Official alerts never ask for bank details, passwords or "
                        "payments. A message that does is a scam."
                    ),
                },
                {
                    "text": "False",
                    "correct": True,
                    "feedback": (
                        "Right. Real alerts only tell you what is happening and what to "
                        "do. Never send personal data in reply to an alert."
                    ),
                },
            ],
        },
        {
            "kind": "multiple",
            "prompt": (
                "Which signs suggest that a message may be false or a scam? Choose all that apply."
            ),
            "choices": [
                {
                    "text": "It asks you to forward it urgently to everyone",
                    "correct": True,
                    "feedback": (
                        "Yes. Pressure to share fast is a common trick to stop people "
                        "from checking."
                    ),
                },
                {
                    "text": "Its logo looks slightly different from the real one",
                    "correct": True,
                    "feedback": (
                        "Yes. Fake messages often copy official logos, but with small "
                        "differences in colour, shape or spelling."
                    ),
                },
                {
                    "text": "It tries to make you very angry or afraid",
                    "correct": True,
                    "feedback": (
                        "Yes. Strong emotions make people share without thinking, which "
                        "is exactly what false messages want."
                    ),
                },
                {
                    "text": "It is also published on the authority's official website",
                    "correct": False,
                    "feedback": (
                        "This is a good sign, not a warning sign. Confirmation on the "
                        "official website is one of the best checks."
                    ),
                },
            ],
        },
        {
            "kind": "single",
            "prompt": (
                "A video of a flooded street is being shared as if it was filmed today in "
                "your town. How can you check it?"
            ),
            "choices": [
                {
                    "text": (
                        "Look at who posted it first and when, and whether reliable "
                        "sources report the same event"
                    ),
                    "correct": True,
                    "feedback": (
                        "Right. Old videos, or videos filmed elsewhere, are often reused. "
                        "The source, the date and confirmation by others tell you whether "
                        "it is real."
                    ),
                },
                {
                    "text": "Count how many times it has been shared",
                    "correct": False,
                    "feedback": (
                        "A false video can be shared millions of times. Popularity says "
                        "nothing about whether it is true."
                    ),
                },
                {
                    "text": "Trust it because a friend sent it",
                    "correct": False,
                    "feedback": (
                        "Your friend may have been fooled too. Check the original source, "
                        "whoever sent it to you."
                    ),
                },
            ],
        },
        {
            "kind": "single",
            "prompt": (
                "After an earthquake abroad, you receive a message asking for donations "
                "through a link. What is the safest way to give?"
            ),
            "choices": [
                {
                    "text": ("Type the address of a charity you know into your browser yourself"),
                    "correct": True,
                    "feedback": (
                        "Right. This way you are sure to reach the real charity and not a "
                        "copy made by criminals."
                    ),
                },
                {
                    "text": "Click the link quickly, because help is needed now",
                    "correct": False,
                    "feedback": (
                        "Links in unexpected messages can lead to fake sites that steal "
                        "your money or your bank details."
                    ),
                },
                {
                    "text": "Send money to the private bank account given in the message",
                    "correct": False,
                    "feedback": (
                        "Real charities do not ask for donations to private accounts "
                        "through chain messages. This is a common scam."
                    ),
                },
            ],
        },
        {
            "kind": "single",
            "prompt": (
                "Your uncle shares a rumour in the family group chat. What is the best reaction?"
            ),
            "choices": [
                {
                    "text": ("Calmly ask where it comes from and share the official information"),
                    "correct": True,
                    "feedback": (
                        "Right. A friendly question and a reliable link help him "
                        "understand, without making him defensive."
                    ),
                },
                {
                    "text": "Make fun of him in front of the whole family",
                    "correct": False,
                    "feedback": (
                        "Mocking people makes them defend the rumour instead of thinking "
                        "about it. Stay kind."
                    ),
                },
                {
                    "text": "Say nothing and forward it to your friends as well",
                    "correct": False,
                    "feedback": (
                        "Forwarding a rumour you have not checked helps it spread "
                        "further, even if you do not believe it."
                    ),
                },
            ],
        },
        {
            "kind": "true_false",
            "prompt": (
                "If you are not sure that a message is true, it is better not to forward it."
            ),
            "choices": [
                {
                    "text": "True",
                    "correct": True,
                    "feedback": (
                        "Right. If you cannot verify it, do not share it. You can share "
                        "the official information instead."
                    ),
                },
                {
                    "text": "False",
                    "correct": False,
                    "feedback": (
                        "Sharing just in case is exactly how rumours spread. Unverified "
                        "messages can cause panic or put people in danger."
                    ),
                },
            ],
        },
        {
            "kind": "multiple",
            "prompt": (
                "Which of these are reliable sources of alerts in a crisis? Choose all that apply."
            ),
            "choices": [
                {
                    "text": "The alert channels of the public authorities",
                    "correct": True,
                    "feedback": (
                        "Yes. They are the official voice of the authorities in charge of "
                        "the emergency."
                    ),
                },
                {
                    "text": "The public broadcaster on radio and television",
                    "correct": True,
                    "feedback": (
                        "Yes. Public broadcasters pass on official warnings and "
                        "instructions, even when other networks fail."
                    ),
                },
                {
                    "text": "The official website of the emergency services",
                    "correct": True,
                    "feedback": (
                        "Yes. Go there directly to confirm an alert or to find instructions."
                    ),
                },
                {
                    "text": "A viral post from an account you do not know",
                    "correct": False,
                    "feedback": (
                        "Being shared a lot does not make a post reliable. Compare it "
                        "with official sources."
                    ),
                },
            ],
        },
    ],
}
