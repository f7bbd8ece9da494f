"""The English quiz of the demo lesson "disinformation"."""

QUIZ = [
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
                "text": ("Ignore it without checking, because messages like this are always fake"),
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
                    "Yes. Pressure to share fast is a common trick to stop people from checking."
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
        "prompt": ("If you are not sure that a message is true, it is better not to forward it."),
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
                "feedback": ("Yes. Go there directly to confirm an alert or to find instructions."),
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
]
