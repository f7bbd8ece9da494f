"""Demo lesson: recognising disinformation, rumours and scams during a crisis."""

LESSON = {
    "slug": "disinformation",
    "hazard": "cyber_disinformation",
    "pass_mark": 75,
    "content": {
        "en": {
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
                            (
                                "Who published it? Is it an official account or a well-known news "
                                "outlet?"
                            ),
                            (
                                "When was it published? Old photos and videos are often shared "
                                "again as if they were new."
                            ),
                            (
                                "Do other reliable sources, such as the authorities or the public "
                                "broadcaster, say the same thing?"
                            ),
                            "Does it tell you to forward it urgently to everyone you know?",
                            (
                                "Does it try to make you afraid or angry instead of explaining "
                                "the facts?"
                            ),
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
                            (
                                "Learn the signs of a fake message, and share them with people "
                                "close to you."
                            ),
                        ],
                        "during": [
                            (
                                "Check the official sources before you act on a message, unless "
                                "you can see the danger yourself."
                            ),
                            (
                                "Do not forward anything you cannot verify, even to warn your "
                                "friends."
                            ),
                            (
                                "If a message pushes you to act at once, take a moment to check "
                                "it first."
                            ),
                            "Report false content using the report button of the platform.",
                        ],
                        "after": [
                            (
                                "If you shared something false, correct it by posting the "
                                "official facts."
                            ),
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
                                "Ignore it without checking, because messages like this are "
                                "always fake"
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
                        "Which signs suggest that a message may be false or a scam? Choose all "
                        "that apply."
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
                            "text": (
                                "Type the address of a charity you know into your browser yourself"
                            ),
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
                        "Your uncle shares a rumour in the family group chat. What is the best "
                        "reaction?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Calmly ask where it comes from and share the official information"
                            ),
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
                        "If you are not sure that a message is true, it is better not to forward "
                        "it."
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
                        "Which of these are reliable sources of alerts in a crisis? Choose all "
                        "that apply."
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
                                "Yes. Go there directly to confirm an alert or to find "
                                "instructions."
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
        },
        "fr": {
            "title": "Désinformation en situation de crise : vérifiez avant de partager",
            "summary": (
                "En situation d'urgence, les fausses informations et les rumeurs circulent vite "
                "et peuvent mettre des vies en danger. Apprenez à vérifier un message, à trouver "
                "des informations fiables et à éviter les arnaques liées aux crises."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "En situation d'urgence, tout le monde veut des nouvelles au plus "
                            "vite. Les rumeurs, les erreurs et les mensonges délibérés se "
                            "répandent rapidement sur les réseaux sociaux et les messageries, "
                            "souvent plus vite que la vérité. Certains sont des erreurs de bonne "
                            "foi. D'autres sont fabriqués exprès pour faire peur, diviser ou "
                            "voler de l'argent."
                        ),
                        (
                            "Une fausse information peut envoyer des gens dans la mauvaise "
                            "direction, leur faire ignorer une véritable alerte, saturer les "
                            "lignes téléphoniques ou vider les magasins. Vérifier avant de "
                            "partager est un moyen simple de protéger votre entourage."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Où trouver des informations fiables",
                ),
                (
                    "text",
                    [
                        (
                            "Fiez-vous d'abord aux sources officielles : les canaux d'alerte des "
                            "pouvoirs publics, comme Beacon et les alertes d'urgence sur votre "
                            "téléphone, les sites officiels des autorités et des services de "
                            "secours, et le service public de radio et de télévision. Leurs "
                            "comptes officiels sur les réseaux sociaux sont indiqués sur leurs "
                            "sites."
                        ),
                        (
                            "Enregistrez ces sources dès maintenant, avant une crise. Si le "
                            "réseau mobile ou l'électricité tombe en panne, une radio à piles ou "
                            "à manivelle peut toujours capter le service public."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "Avant de croire ou de partager un message, demandez-vous :",
                        "items": [
                            (
                                "Qui l'a publié ? S'agit-il d'un compte officiel ou d'un média "
                                "connu ?"
                            ),
                            (
                                "Quand a-t-il été publié ? De vieilles photos et vidéos sont "
                                "souvent repartagées comme si elles étaient récentes."
                            ),
                            (
                                "D'autres sources fiables, comme les autorités ou le service "
                                "public, disent-elles la même chose ?"
                            ),
                            "Vous demande-t-il de le transférer d'urgence à tous vos contacts ?",
                            (
                                "Cherche-t-il à vous faire peur ou à vous mettre en colère plutôt "
                                "qu'à expliquer les faits ?"
                            ),
                            (
                                "Le logo, l'adresse du site ou l'orthographe vous semblent-ils "
                                "légèrement anormaux ?"
                            ),
                            (
                                "Vous demande-t-il un mot de passe, un paiement ou des données "
                                "personnelles ?"
                            ),
                            (
                                "Trouvez-vous la même alerte sur le site ou l'application de "
                                "l'autorité concernée ?"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Les alertes officielles ne demandent jamais vos données",
                        "text": (
                            "Une vraie alerte vous dit ce qui se passe et ce qu'il faut faire. "
                            "Elle ne demande jamais de mot de passe, de coordonnées bancaires, de "
                            "paiement ni d'informations personnelles. Si un message le fait, "
                            "c'est une arnaque : ne cliquez pas sur le lien et ne répondez pas."
                        ),
                    },
                ),
                (
                    "heading",
                    "Les arnaques en temps de crise",
                ),
                (
                    "text",
                    [
                        (
                            "Des escrocs profitent des catastrophes pour tromper les gens. Après "
                            "une inondation ou un séisme, ils créent de fausses associations "
                            "caritatives. Ils envoient des messages d'hameçonnage qui semblent "
                            "venir d'une banque, d'un transporteur ou des autorités, pour voler "
                            "des mots de passe ou de l'argent. Pendant une épidémie, ils vendent "
                            "de faux remèdes et de faux tests."
                        ),
                        (
                            "Pour faire un don en toute sécurité, tapez vous-même dans votre "
                            "navigateur l'adresse d'une association que vous connaissez, au lieu "
                            "de cliquer sur un lien reçu par message. Si vous pensez être victime "
                            "d'une arnaque, contactez immédiatement votre banque et signalez-le à "
                            "la police."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Parler à un proche qui partage une rumeur",
                        "text": (
                            "Gardez votre calme et restez aimable. En général, les gens partagent "
                            "des rumeurs parce qu'ils sont inquiets et veulent aider. Demandez "
                            "d'où vient le message, partagez le lien vers l'information "
                            "officielle et expliquez comment vous l'avez vérifiée. Un message "
                            "privé fonctionne souvent mieux qu'une correction en public."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Enregistrez les sources officielles en qui vous avez confiance : "
                                "application d'alerte, sites des autorités et service public de "
                                "radio et de télévision."
                            ),
                            "Activez les alertes d'urgence sur votre téléphone.",
                            (
                                "Convenez avec votre famille des sources que vous utiliserez en "
                                "cas de crise."
                            ),
                            (
                                "Apprenez à repérer les signes d'un faux message, et faites-les "
                                "connaître à vos proches."
                            ),
                        ],
                        "during": [
                            (
                                "Consultez les sources officielles avant d'agir sur la foi d'un "
                                "message, sauf si vous voyez vous-même le danger."
                            ),
                            (
                                "Ne transférez rien que vous ne pouvez pas vérifier, même pour "
                                "prévenir vos amis."
                            ),
                            (
                                "Si un message vous pousse à agir tout de suite, prenez d'abord "
                                "un moment pour le vérifier."
                            ),
                            (
                                "Signalez les contenus faux avec le bouton de signalement de la "
                                "plateforme."
                            ),
                        ],
                        "after": [
                            (
                                "Si vous avez partagé une fausse information, corrigez-la en "
                                "publiant les faits officiels."
                            ),
                            (
                                "Signalez les arnaques à la police et à la plateforme où vous les "
                                "avez vues."
                            ),
                            (
                                "Parlez avec votre famille et vos amis des rumeurs que vous avez "
                                "vues et de la façon dont vous les avez vérifiées."
                            ),
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "Un message dans une discussion de groupe affirme qu'un barrage a cédé et "
                        "que tout le monde doit partir immédiatement. Aucune source n'est "
                        "indiquée. Que faites-vous en premier ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Consulter les canaux d'alerte des autorités, leur site officiel "
                                "ou le service public de radio et de télévision"
                            ),
                            "correct": True,
                            "feedback": (
                                "Exact. Les sources officielles confirment vite un vrai danger et "
                                "donnent des consignes claires. Si vous voyez vous-même le "
                                "danger, mettez-vous d'abord en sécurité."
                            ),
                        },
                        {
                            "text": "Le transférer à tous vos contacts pour les prévenir",
                            "correct": False,
                            "feedback": (
                                "Si le message est faux, vous répandez la panique et risquez "
                                "d'envoyer des gens vers le danger. Vérifiez avant de partager."
                            ),
                        },
                        {
                            "text": "L'ignorer sans vérifier, car ces messages sont toujours faux",
                            "correct": False,
                            "feedback": (
                                "Certains messages alarmants sont vrais. Prenez une minute pour "
                                "vérifier auprès des sources officielles plutôt que d'ignorer un "
                                "danger possible."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Une alerte officielle peut vous demander de confirmer vos coordonnées "
                        "bancaires pour recevoir de l'aide."
                    ),
                    "choices": [
                        {
                            "text": "Vrai",
                            "correct": False,
                            "feedback": (
                                "Les alertes officielles ne demandent jamais de coordonnées "
                                "bancaires, de mot de passe ni de paiement. Un message qui le "
                                "fait est une arnaque."
                            ),
                        },
                        {
                            "text": "Faux",
                            "correct": True,
                            "feedback": (
                                "Exact. Une vraie alerte dit seulement ce qui se passe et ce "
                                "qu'il faut faire. N'envoyez jamais de données personnelles en "
                                "réponse à une alerte."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Quels signes indiquent qu'un message peut être faux ou frauduleux ? "
                        "Choisissez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": "Il vous demande de le transférer d'urgence à tout le monde",
                            "correct": True,
                            "feedback": (
                                "Oui. Pousser à partager vite est une ruse courante pour empêcher "
                                "les gens de vérifier."
                            ),
                        },
                        {
                            "text": "Son logo est légèrement différent du vrai",
                            "correct": True,
                            "feedback": (
                                "Oui. Les faux messages copient souvent les logos officiels, avec "
                                "de petites différences de couleur, de forme ou d'orthographe."
                            ),
                        },
                        {
                            "text": (
                                "Il cherche à vous mettre très en colère ou à vous faire très peur"
                            ),
                            "correct": True,
                            "feedback": (
                                "Oui. Les émotions fortes poussent à partager sans réfléchir, et "
                                "c'est exactement ce que cherchent les faux messages."
                            ),
                        },
                        {
                            "text": (
                                "Il est aussi publié sur le site officiel de l'autorité concernée"
                            ),
                            "correct": False,
                            "feedback": (
                                "C'est un bon signe, pas un signal d'alarme. Une confirmation sur "
                                "le site officiel est l'une des meilleures vérifications."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Une vidéo de rue inondée circule comme si elle avait été filmée "
                        "aujourd'hui dans votre ville. Comment la vérifier ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Regarder qui l'a publiée en premier et quand, et si des sources "
                                "fiables parlent du même événement"
                            ),
                            "correct": True,
                            "feedback": (
                                "Exact. De vieilles vidéos, ou des vidéos tournées ailleurs, sont "
                                "souvent réutilisées. La source, la date et la confirmation par "
                                "d'autres vous disent si elle est authentique."
                            ),
                        },
                        {
                            "text": "Compter combien de fois elle a été partagée",
                            "correct": False,
                            "feedback": (
                                "Une fausse vidéo peut être partagée des millions de fois. Sa "
                                "popularité ne dit rien de sa véracité."
                            ),
                        },
                        {
                            "text": "Lui faire confiance parce qu'un ami vous l'a envoyée",
                            "correct": False,
                            "feedback": (
                                "Votre ami a peut-être été trompé lui aussi. Vérifiez la source "
                                "d'origine, quelle que soit la personne qui vous l'a envoyée."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Après un séisme à l'étranger, vous recevez un message qui demande des "
                        "dons par un lien. Quelle est la façon la plus sûre de donner ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Taper vous-même dans votre navigateur l'adresse d'une "
                                "association que vous connaissez"
                            ),
                            "correct": True,
                            "feedback": (
                                "Exact. Vous avez ainsi la certitude d'arriver sur le site de la "
                                "vraie association, et non sur une copie créée par des escrocs."
                            ),
                        },
                        {
                            "text": "Cliquer vite sur le lien, car l'aide est urgente",
                            "correct": False,
                            "feedback": (
                                "Les liens reçus dans des messages inattendus peuvent mener à de "
                                "faux sites qui volent votre argent ou vos coordonnées bancaires."
                            ),
                        },
                        {
                            "text": (
                                "Envoyer de l'argent sur le compte bancaire privé indiqué dans le "
                                "message"
                            ),
                            "correct": False,
                            "feedback": (
                                "Les vraies associations ne demandent pas de dons sur des comptes "
                                "privés par des messages en chaîne. C'est une arnaque courante."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Votre oncle partage une rumeur dans la discussion de groupe familiale. "
                        "Quelle est la meilleure réaction ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Lui demander calmement d'où elle vient et partager l'information "
                                "officielle"
                            ),
                            "correct": True,
                            "feedback": (
                                "Exact. Une question bienveillante et un lien fiable l'aident à "
                                "comprendre, sans le mettre sur la défensive."
                            ),
                        },
                        {
                            "text": "Se moquer de lui devant toute la famille",
                            "correct": False,
                            "feedback": (
                                "La moquerie pousse les gens à défendre la rumeur au lieu d'y "
                                "réfléchir. Restez aimable."
                            ),
                        },
                        {
                            "text": "Ne rien dire et la transférer aussi à vos amis",
                            "correct": False,
                            "feedback": (
                                "Transférer une rumeur non vérifiée l'aide à se répandre, même si "
                                "vous n'y croyez pas."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Si vous avez un doute sur la véracité d'un message, mieux vaut ne pas le "
                        "transférer."
                    ),
                    "choices": [
                        {
                            "text": "Vrai",
                            "correct": True,
                            "feedback": (
                                "Exact. Si vous ne pouvez pas le vérifier, ne le partagez pas. "
                                "Vous pouvez partager l'information officielle à la place."
                            ),
                        },
                        {
                            "text": "Faux",
                            "correct": False,
                            "feedback": (
                                "Partager un message au cas où, c'est justement ce qui fait "
                                "circuler les rumeurs. Les messages non vérifiés peuvent semer la "
                                "panique ou mettre des gens en danger."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Lesquelles de ces sources sont fiables pour les alertes en temps de "
                        "crise ? Choisissez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": "Les canaux d'alerte des pouvoirs publics",
                            "correct": True,
                            "feedback": (
                                "Oui. C'est la voix officielle des autorités qui gèrent la "
                                "situation d'urgence."
                            ),
                        },
                        {
                            "text": "Le service public de radio et de télévision",
                            "correct": True,
                            "feedback": (
                                "Oui. Le service public relaie les alertes et les consignes "
                                "officielles, même quand d'autres réseaux tombent en panne."
                            ),
                        },
                        {
                            "text": "Le site officiel des services de secours",
                            "correct": True,
                            "feedback": (
                                "Oui. Allez-y directement pour confirmer une alerte ou trouver "
                                "des consignes."
                            ),
                        },
                        {
                            "text": (
                                "Une publication virale d'un compte que vous ne connaissez pas"
                            ),
                            "correct": False,
                            "feedback": (
                                "Être beaucoup partagée ne rend pas une publication fiable. "
                                "Comparez-la avec les sources officielles."
                            ),
                        },
                    ],
                },
            ],
        },
        "uk": {
            "title": "Дезінформація під час кризи: перевіряйте, перш ніж поширювати",
            "summary": (
                "Під час надзвичайних ситуацій фейки й чутки швидко поширюються і можуть "
                "загрожувати життю людей. Дізнайтеся, як перевірити повідомлення, де шукати "
                "надійну інформацію і як не стати жертвою шахраїв."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "Під час надзвичайної ситуації всі хочуть якнайшвидше дізнатися "
                            "новини. Чутки, помилки й навмисна брехня швидко розходяться "
                            "соцмережами й месенджерами, часто швидше за правду. Деякі з них — "
                            "чесні помилки. Інші створюють навмисно, щоб налякати людей, "
                            "посварити їх або виманити гроші."
                        ),
                        (
                            "Неправдива інформація може скерувати людей не туди, змусити їх "
                            "проігнорувати справжнє попередження, перевантажити телефонні лінії "
                            "або спустошити магазини. Перевіряти, перш ніж поширювати, — простий "
                            "спосіб захистити свою громаду."
                        ),
                    ],
                ),
                (
                    "heading",
                    "Де шукати надійну інформацію",
                ),
                (
                    "text",
                    [
                        (
                            "Насамперед покладайтеся на офіційні джерела: канали оповіщення "
                            "органів влади, як-от Beacon та екстрені сповіщення на вашому "
                            "телефоні, офіційні сайти органів влади й екстрених служб, а також "
                            "суспільного мовника на радіо й телебаченні. Їхні офіційні сторінки в "
                            "соцмережах зазначені на їхніх сайтах."
                        ),
                        (
                            "Збережіть ці джерела вже зараз, до кризи. Якщо зникне мобільний "
                            "зв'язок або електрика, радіоприймач на батарейках чи з ручним "
                            "заряджанням і далі прийматиме суспільного мовника."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": (
                            "Перш ніж повірити повідомленню або поширити його, запитайте себе:"
                        ),
                        "items": [
                            "Хто це опублікував? Це офіційна сторінка чи відоме медіа?",
                            (
                                "Коли це опубліковано? Старі фото й відео часто поширюють знову, "
                                "ніби вони нові."
                            ),
                            (
                                "Чи кажуть те саме інші надійні джерела, як-от органи влади чи "
                                "суспільний мовник?"
                            ),
                            "Чи закликає повідомлення терміново переслати його всім знайомим?",
                            (
                                "Чи намагається воно налякати або розлютити вас замість того, щоб "
                                "пояснити факти?"
                            ),
                            "Чи не виглядають логотип, адреса сайту або правопис трохи дивно?",
                            "Чи просить воно пароль, оплату або особисті дані?",
                            (
                                "Чи можете ви знайти це саме попередження на сайті або в "
                                "застосунку відповідного органу влади?"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Офіційні сповіщення ніколи не просять ваших даних",
                        "text": (
                            "Справжнє сповіщення розповідає, що відбувається і що робити. Воно "
                            "ніколи не просить паролів, банківських реквізитів, оплати чи "
                            "особистої інформації. Якщо повідомлення цього вимагає, це "
                            "шахрайство: не переходьте за посиланням і не відповідайте."
                        ),
                    },
                ),
                (
                    "heading",
                    "Шахрайство під час криз",
                ),
                (
                    "text",
                    [
                        (
                            "Шахраї використовують лиха, щоб обманювати людей. Після повені чи "
                            "землетрусу вони створюють фальшиві благодійні фонди. Вони надсилають "
                            "фішингові повідомлення, схожі на листи від банку, служби доставки чи "
                            "органів влади, щоб викрасти паролі або гроші. Під час епідемії вони "
                            "продають фальшиві ліки й тести."
                        ),
                        (
                            "Щоб безпечно пожертвувати гроші, самостійно введіть у браузері "
                            "адресу благодійної організації, яку ви знаєте, а не переходьте за "
                            "посиланням із повідомлення. Якщо вважаєте, що вас ошукали, негайно "
                            "зверніться до свого банку й повідомте поліцію."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Як говорити з людиною, яка поширює чутку",
                        "text": (
                            "Залишайтеся спокійними й доброзичливими. Зазвичай люди поширюють "
                            "чутки, бо хвилюються й хочуть допомогти. Запитайте, звідки "
                            "повідомлення, поділіться посиланням на офіційну інформацію й "
                            "поясніть, як ви її перевірили. Особисте повідомлення часто діє "
                            "краще, ніж публічне виправлення."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "Збережіть офіційні джерела, яким довіряєте: застосунок "
                                "оповіщення, сайти органів влади й суспільного мовника."
                            ),
                            "Увімкніть екстрені сповіщення на своєму телефоні.",
                            (
                                "Домовтеся з родиною, якими джерелами ви користуватиметеся під "
                                "час кризи."
                            ),
                            (
                                "Навчіться розпізнавати ознаки фейкового повідомлення й розкажіть "
                                "про них близьким."
                            ),
                        ],
                        "during": [
                            (
                                "Перш ніж діяти за повідомленням, перевірте офіційні джерела, "
                                "якщо тільки ви не бачите небезпеки на власні очі."
                            ),
                            (
                                "Не пересилайте нічого, що не можете перевірити, навіть щоб "
                                "попередити друзів."
                            ),
                            (
                                "Якщо повідомлення підштовхує вас діяти негайно, спершу знайдіть "
                                "хвилинку, щоб його перевірити."
                            ),
                            (
                                "Повідомляйте про неправдивий контент за допомогою кнопки скарги "
                                "на платформі."
                            ),
                        ],
                        "after": [
                            (
                                "Якщо ви поширили щось неправдиве, виправте це, опублікувавши "
                                "офіційні факти."
                            ),
                            (
                                "Повідомляйте про шахрайство поліції та платформі, де ви його "
                                "побачили."
                            ),
                            (
                                "Поговоріть із родиною й друзями про чутки, які ви бачили, і про "
                                "те, як ви їх перевіряли."
                            ),
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "У груповому чаті пишуть, що прорвало дамбу і всім треба негайно "
                        "виїжджати. Джерело не вказано. Що зробити насамперед?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Перевірити канали оповіщення органів влади, їхній офіційний сайт "
                                "або суспільного мовника"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Офіційні джерела швидко підтверджують справжню "
                                "небезпеку й дають чіткі вказівки. Якщо ви бачите небезпеку на "
                                "власні очі, спершу перейдіть у безпечне місце."
                            ),
                        },
                        {
                            "text": "Переслати його всім контактам, щоб попередити їх",
                            "correct": False,
                            "feedback": (
                                "Якщо повідомлення неправдиве, ви сієте паніку й можете "
                                "спрямувати людей назустріч небезпеці. Перевіряйте, перш ніж "
                                "поширювати."
                            ),
                        },
                        {
                            "text": (
                                "Проігнорувати його без перевірки, бо такі повідомлення завжди "
                                "фейкові"
                            ),
                            "correct": False,
                            "feedback": (
                                "Деякі тривожні повідомлення правдиві. Витратьте хвилину на "
                                "перевірку в офіційних джерелах, а не ігноруйте можливу "
                                "небезпеку."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Офіційне сповіщення може попросити вас підтвердити банківські реквізити, "
                        "щоб отримати допомогу."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": False,
                            "feedback": (
                                "Офіційні сповіщення ніколи не просять банківських реквізитів, "
                                "паролів чи оплати. Повідомлення, яке це робить, — шахрайство."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Справжні сповіщення лише розповідають, що "
                                "відбувається і що робити. Ніколи не надсилайте особисті дані у "
                                "відповідь на сповіщення."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Які ознаки вказують, що повідомлення може бути неправдивим або "
                        "шахрайським? Виберіть усі правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": "Воно закликає терміново переслати його всім",
                            "correct": True,
                            "feedback": (
                                "Так. Тиск поширити якнайшвидше — поширений прийом, щоб люди не "
                                "встигли перевірити."
                            ),
                        },
                        {
                            "text": "Його логотип трохи відрізняється від справжнього",
                            "correct": True,
                            "feedback": (
                                "Так. Фейкові повідомлення часто копіюють офіційні логотипи, але "
                                "з дрібними відмінностями в кольорі, формі чи написанні."
                            ),
                        },
                        {
                            "text": "Воно намагається дуже розлютити або налякати вас",
                            "correct": True,
                            "feedback": (
                                "Так. Сильні емоції змушують поширювати, не думаючи, а саме цього "
                                "й прагнуть автори фейків."
                            ),
                        },
                        {
                            "text": (
                                "Його також опубліковано на офіційному сайті відповідного органу "
                                "влади"
                            ),
                            "correct": False,
                            "feedback": (
                                "Це добрий знак, а не тривожний. Підтвердження на офіційному "
                                "сайті — одна з найкращих перевірок."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Відео із затопленою вулицею поширюють так, ніби його зняли сьогодні у "
                        "вашому місті. Як його перевірити?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Подивитися, хто і коли першим його опублікував і чи повідомляють "
                                "про цю подію надійні джерела"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Старі відео або зняті деінде часто використовують "
                                "повторно. Джерело, дата й підтвердження від інших показують, чи "
                                "воно справжнє."
                            ),
                        },
                        {
                            "text": "Порахувати, скільки разів ним поділилися",
                            "correct": False,
                            "feedback": (
                                "Фейкове відео можуть поширити мільйони разів. Популярність "
                                "нічого не каже про правдивість."
                            ),
                        },
                        {
                            "text": "Довіряти йому, бо його надіслав друг",
                            "correct": False,
                            "feedback": (
                                "Вашого друга теж могли ввести в оману. Перевіряйте першоджерело, "
                                "хоч би хто вам його надіслав."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Після землетрусу в іншій країні вам приходить повідомлення з проханням "
                        "пожертвувати гроші за посиланням. Який спосіб допомогти найбезпечніший?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Самостійно ввести в браузері адресу благодійної організації, яку "
                                "ви знаєте"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Так ви точно потрапите на сайт справжньої "
                                "організації, а не на копію, створену шахраями."
                            ),
                        },
                        {
                            "text": "Швидко перейти за посиланням, бо допомога потрібна негайно",
                            "correct": False,
                            "feedback": (
                                "Посилання в неочікуваних повідомленнях можуть вести на фальшиві "
                                "сайти, які крадуть ваші гроші або банківські дані."
                            ),
                        },
                        {
                            "text": (
                                "Переказати гроші на приватний банківський рахунок, указаний у "
                                "повідомленні"
                            ),
                            "correct": False,
                            "feedback": (
                                "Справжні благодійні організації не збирають пожертви на приватні "
                                "рахунки через ланцюжкові повідомлення. Це поширена схема "
                                "шахрайства."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "Ваш дядько поширює чутку в сімейному чаті. Як найкраще відреагувати?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Спокійно запитати про джерело й поділитися офіційною інформацією"
                            ),
                            "correct": True,
                            "feedback": (
                                "Правильно. Доброзичливе запитання й надійне посилання допоможуть "
                                "йому розібратися й не змусять його оборонятися."
                            ),
                        },
                        {
                            "text": "Висміяти його перед усією родиною",
                            "correct": False,
                            "feedback": (
                                "Насмішки змушують людей захищати чутку замість того, щоб "
                                "замислитися. Будьте доброзичливими."
                            ),
                        },
                        {
                            "text": "Промовчати й теж переслати її друзям",
                            "correct": False,
                            "feedback": (
                                "Пересилаючи неперевірену чутку, ви допомагаєте їй поширюватися, "
                                "навіть якщо самі в неї не вірите."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "Якщо ви не впевнені, що повідомлення правдиве, краще його не пересилати."
                    ),
                    "choices": [
                        {
                            "text": "Правда",
                            "correct": True,
                            "feedback": (
                                "Правильно. Якщо не можете перевірити — не поширюйте. Натомість "
                                "можете поділитися офіційною інформацією."
                            ),
                        },
                        {
                            "text": "Неправда",
                            "correct": False,
                            "feedback": (
                                "Саме пересилання про всяк випадок і поширює чутки. Неперевірені "
                                "повідомлення можуть посіяти паніку або наразити людей на "
                                "небезпеку."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "Які з цих джерел надійні для отримання сповіщень під час кризи? Виберіть "
                        "усі правильні відповіді."
                    ),
                    "choices": [
                        {
                            "text": "Канали оповіщення органів влади",
                            "correct": True,
                            "feedback": (
                                "Так. Це офіційний голос органів, які керують реагуванням на "
                                "надзвичайну ситуацію."
                            ),
                        },
                        {
                            "text": "Суспільний мовник на радіо й телебаченні",
                            "correct": True,
                            "feedback": (
                                "Так. Суспільні мовники передають офіційні попередження й "
                                "вказівки, навіть коли інші мережі не працюють."
                            ),
                        },
                        {
                            "text": "Офіційний сайт екстрених служб",
                            "correct": True,
                            "feedback": (
                                "Так. Заходьте туди напряму, щоб підтвердити сповіщення або "
                                "знайти вказівки."
                            ),
                        },
                        {
                            "text": "Вірусний допис від невідомого вам акаунта",
                            "correct": False,
                            "feedback": (
                                "Те, що допис багато поширюють, не робить його надійним. Звірте "
                                "його з офіційними джерелами."
                            ),
                        },
                    ],
                },
            ],
        },
        "ar": {
            "title": "التضليل الإعلامي في الأزمات: تحقّق قبل أن تنشر",
            "summary": (
                "في حالات الطوارئ تنتشر الأخبار الكاذبة والشائعات بسرعة وقد تعرّض الأرواح للخطر. "
                "تعلّم كيف تتحقق من الرسائل، وأين تجد معلومات موثوقة، وكيف تتجنب عمليات الاحتيال "
                "في أوقات الأزمات."
            ),
            "body": [
                (
                    "text",
                    [
                        (
                            "في حالات الطوارئ يريد الجميع معرفة الأخبار بسرعة. وتنتشر الشائعات "
                            "والأخطاء والأكاذيب المتعمّدة بسرعة على مواقع التواصل الاجتماعي "
                            "وتطبيقات المراسلة، وغالبًا أسرع من الحقيقة. بعضها أخطاء غير مقصودة، "
                            "وبعضها الآخر يُصنع عمدًا لإخافة الناس أو التفرقة بينهم أو سرقة "
                            "أموالهم."
                        ),
                        (
                            "قد تدفع المعلومات الكاذبة الناس إلى الذهاب في الاتجاه الخاطئ، أو "
                            "تجاهل تحذير حقيقي، أو إغراق خطوط الهاتف، أو إفراغ المتاجر. والتحقق "
                            "قبل النشر طريقة بسيطة لحماية مجتمعك."
                        ),
                    ],
                ),
                (
                    "heading",
                    "أين تجد معلومات موثوقة",
                ),
                (
                    "text",
                    [
                        (
                            "اعتمد أولًا على المصادر الرسمية: قنوات الإنذار التابعة للسلطات "
                            "العامة، مثل Beacon وتنبيهات الطوارئ على هاتفك، والمواقع الرسمية "
                            "للسلطات وخدمات الطوارئ، وهيئة البث العامة في الإذاعة والتلفزيون. "
                            "وستجد حساباتها الرسمية على مواقع التواصل مذكورة في مواقعها "
                            "الإلكترونية."
                        ),
                        (
                            "احفظ هذه المصادر الآن، قبل وقوع الأزمة. وإذا انقطعت شبكة الهاتف "
                            "المحمول أو الكهرباء، فإن جهاز الراديو الذي يعمل بالبطاريات أو "
                            "بالتدوير اليدوي يظل قادرًا على التقاط بث هيئة البث العامة."
                        ),
                    ],
                ),
                (
                    "checklist",
                    {
                        "title": "قبل أن تصدّق رسالة أو تنشرها، اسأل نفسك:",
                        "items": [
                            "من نشرها؟ هل هي صادرة عن حساب رسمي أو وسيلة إعلام معروفة؟",
                            "متى نُشرت؟ كثيرًا ما يُعاد نشر صور ومقاطع فيديو قديمة كأنها جديدة.",
                            (
                                "هل تقول مصادر موثوقة أخرى، مثل السلطات أو هيئة البث العامة، "
                                "الشيء نفسه؟"
                            ),
                            "هل تطلب منك إعادة إرسالها فورًا إلى كل معارفك؟",
                            "هل تحاول إخافتك أو إثارة غضبك بدلًا من شرح الوقائع؟",
                            "هل يبدو الشعار أو عنوان الموقع أو الإملاء غريبًا بعض الشيء؟",
                            "هل تطلب كلمة مرور أو دفع مبلغ أو بيانات شخصية؟",
                            "هل تجد التنبيه نفسه على موقع الجهة الرسمية أو تطبيقها؟",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "التنبيهات الرسمية لا تطلب بياناتك أبدًا",
                        "text": (
                            "التنبيه الحقيقي يخبرك بما يحدث وبما يجب أن تفعله. ولا يطلب أبدًا "
                            "كلمات مرور أو بيانات مصرفية أو دفع أموال أو معلومات شخصية. وإذا طلبت "
                            "رسالة ذلك فهي احتيال: لا تضغط على الرابط ولا تردّ عليها."
                        ),
                    },
                ),
                (
                    "heading",
                    "الاحتيال في أوقات الأزمات",
                ),
                (
                    "text",
                    [
                        (
                            "يستغل المحتالون الكوارث لخداع الناس. فبعد فيضان أو زلزال ينشئون "
                            "جمعيات خيرية مزيفة. ويرسلون رسائل تصيّد تبدو كأنها من مصرف أو شركة "
                            "توصيل أو من السلطات، لسرقة كلمات المرور أو الأموال. وفي أثناء "
                            "الأوبئة يبيعون علاجات وفحوصًا مزيفة."
                        ),
                        (
                            "لكي تتبرع بأمان، اكتب بنفسك في المتصفح عنوان جمعية خيرية تعرفها، "
                            "بدلًا من الضغط على رابط في رسالة. وإذا ظننت أنك تعرضت للاحتيال، "
                            "فاتصل بمصرفك فورًا وأبلغ الشرطة."
                        ),
                    ],
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "كيف تتحدث مع من ينشر شائعة",
                        "text": (
                            "حافظ على هدوئك ولطفك. فالناس ينشرون الشائعات عادةً لأنهم قلقون "
                            "ويريدون المساعدة. اسأل عن مصدر الرسالة، وشارك رابط المعلومات "
                            "الرسمية، واشرح كيف تحققت منها. وغالبًا ما تنجح الرسالة الخاصة أكثر "
                            "من التصحيح أمام الجميع."
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "before": [
                            (
                                "احفظ المصادر الرسمية التي تثق بها: تطبيق الإنذار، ومواقع "
                                "السلطات، وهيئة البث العامة."
                            ),
                            "فعّل تنبيهات الطوارئ على هاتفك.",
                            "اتفق مع عائلتك على المصادر التي ستعتمدون عليها في الأزمات.",
                            "تعلّم علامات الرسائل المزيفة، وعرّف بها المقرّبين منك.",
                        ],
                        "during": [
                            (
                                "تحقّق من المصادر الرسمية قبل أن تتصرف بناءً على رسالة، إلا إذا "
                                "رأيت الخطر بعينيك."
                            ),
                            "لا تُعِد إرسال أي شيء لا تستطيع التحقق منه، حتى بهدف تحذير أصدقائك.",
                            "إذا دفعتك رسالة إلى التصرف فورًا، فخذ لحظة للتحقق منها أولًا.",
                            "أبلغ عن المحتوى الكاذب باستخدام زر الإبلاغ في المنصة.",
                        ],
                        "after": [
                            "إذا نشرت شيئًا كاذبًا، فصحّحه بنشر الحقائق الرسمية.",
                            "أبلغ عن عمليات الاحتيال إلى الشرطة وإلى المنصة التي رأيتها فيها.",
                            "تحدّث مع عائلتك وأصدقائك عن الشائعات التي رأيتها وكيف تحققت منها.",
                        ],
                    },
                ),
            ],
            "quiz": [
                {
                    "kind": "single",
                    "prompt": (
                        "تقول رسالة في مجموعة دردشة إن سدًّا قد انهار وإن على الجميع المغادرة "
                        "فورًا، من دون ذكر أي مصدر. ماذا تفعل أولًا؟"
                    ),
                    "choices": [
                        {
                            "text": (
                                "التحقق من قنوات الإنذار التابعة للسلطات أو موقعها الرسمي أو هيئة "
                                "البث العامة"
                            ),
                            "correct": True,
                            "feedback": (
                                "أحسنت. المصادر الرسمية تؤكد الخطر الحقيقي بسرعة وتعطي تعليمات "
                                "واضحة. وإذا رأيت الخطر بعينيك، فانتقل إلى مكان آمن أولًا."
                            ),
                        },
                        {
                            "text": "إعادة إرسالها إلى كل جهات الاتصال لتحذيرهم",
                            "correct": False,
                            "feedback": (
                                "إذا كانت الرسالة كاذبة فإنك تنشر الذعر وقد توجّه الناس نحو "
                                "الخطر. تحقّق قبل أن تنشر."
                            ),
                        },
                        {
                            "text": "تجاهلها من دون تحقق، لأن مثل هذه الرسائل كاذبة دائمًا",
                            "correct": False,
                            "feedback": (
                                "بعض الرسائل المقلقة صحيحة. خذ دقيقة للتحقق من المصادر الرسمية "
                                "بدلًا من تجاهل خطر محتمل."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": (
                        "قد يطلب منك تنبيه رسمي تأكيد بياناتك المصرفية لكي تحصل على المساعدة."
                    ),
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": False,
                            "feedback": (
                                "التنبيهات الرسمية لا تطلب أبدًا بيانات مصرفية أو كلمات مرور أو "
                                "دفع أموال. والرسالة التي تطلب ذلك احتيال."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": True,
                            "feedback": (
                                "أحسنت. التنبيهات الحقيقية تخبرك فقط بما يحدث وبما يجب فعله. لا "
                                "ترسل أبدًا بيانات شخصية ردًّا على تنبيه."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "أيّ العلامات التالية تشير إلى أن الرسالة قد تكون كاذبة أو احتيالية؟ اختر "
                        "كل الإجابات الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "تطلب منك إعادة إرسالها فورًا إلى الجميع",
                            "correct": True,
                            "feedback": "نعم. الضغط للنشر بسرعة حيلة شائعة لمنع الناس من التحقق.",
                        },
                        {
                            "text": "شعارها يختلف قليلًا عن الشعار الحقيقي",
                            "correct": True,
                            "feedback": (
                                "نعم. كثيرًا ما تنسخ الرسائل المزيفة الشعارات الرسمية مع فروق "
                                "صغيرة في اللون أو الشكل أو الكتابة."
                            ),
                        },
                        {
                            "text": "تحاول أن تثير غضبك أو خوفك بشدة",
                            "correct": True,
                            "feedback": (
                                "نعم. المشاعر القوية تدفع الناس إلى النشر دون تفكير، وهذا بالضبط "
                                "ما تريده الرسائل الكاذبة."
                            ),
                        },
                        {
                            "text": "منشورة أيضًا على الموقع الرسمي للجهة المعنية",
                            "correct": False,
                            "feedback": (
                                "هذه علامة جيدة لا علامة تحذير. فالتأكيد على الموقع الرسمي من "
                                "أفضل طرق التحقق."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "يُتداول مقطع فيديو لشارع غارق بالمياه على أنه صُوّر اليوم في مدينتك. كيف "
                        "تتحقق منه؟"
                    ),
                    "choices": [
                        {
                            "text": (
                                "معرفة من نشره أولًا ومتى، وهل تتحدث مصادر موثوقة عن الحدث نفسه"
                            ),
                            "correct": True,
                            "feedback": (
                                "أحسنت. كثيرًا ما يُعاد استخدام مقاطع قديمة أو مصوّرة في أماكن "
                                "أخرى. والمصدر والتاريخ وتأكيد الآخرين تخبرك هل المقطع حقيقي."
                            ),
                        },
                        {
                            "text": "عدّ المرات التي تمت مشاركته فيها",
                            "correct": False,
                            "feedback": (
                                "قد يُشارَك فيديو كاذب ملايين المرات. فالانتشار لا يدل على الصحة."
                            ),
                        },
                        {
                            "text": "الوثوق به لأن صديقًا أرسله إليك",
                            "correct": False,
                            "feedback": (
                                "ربما خُدع صديقك أيضًا. تحقق من المصدر الأصلي مهما كان من أرسله."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": (
                        "بعد زلزال في بلد آخر، تصلك رسالة تطلب التبرع عبر رابط. ما الطريقة الأكثر "
                        "أمانًا للتبرع؟"
                    ),
                    "choices": [
                        {
                            "text": "كتابة عنوان جمعية خيرية تعرفها بنفسك في المتصفح",
                            "correct": True,
                            "feedback": (
                                "أحسنت. بهذه الطريقة تتأكد من أنك تصل إلى الجمعية الحقيقية لا إلى "
                                "نسخة صنعها محتالون."
                            ),
                        },
                        {
                            "text": "الضغط على الرابط بسرعة لأن المساعدة مطلوبة الآن",
                            "correct": False,
                            "feedback": (
                                "قد تقود الروابط في الرسائل غير المتوقعة إلى مواقع مزيفة تسرق "
                                "أموالك أو بياناتك المصرفية."
                            ),
                        },
                        {
                            "text": "إرسال المال إلى الحساب المصرفي الخاص المذكور في الرسالة",
                            "correct": False,
                            "feedback": (
                                "الجمعيات الخيرية الحقيقية لا تطلب تبرعات إلى حسابات خاصة عبر "
                                "رسائل متسلسلة. هذا احتيال شائع."
                            ),
                        },
                    ],
                },
                {
                    "kind": "single",
                    "prompt": "ينشر عمّك شائعة في مجموعة الدردشة العائلية. ما أفضل ردّ فعل؟",
                    "choices": [
                        {
                            "text": "أن تسأله بهدوء عن مصدرها وتشارك المعلومات الرسمية",
                            "correct": True,
                            "feedback": (
                                "أحسنت. السؤال اللطيف والرابط الموثوق يساعدانه على الفهم من دون "
                                "أن يشعر بالحاجة إلى الدفاع عن نفسه."
                            ),
                        },
                        {
                            "text": "أن تسخر منه أمام العائلة كلها",
                            "correct": False,
                            "feedback": (
                                "السخرية تدفع الناس إلى الدفاع عن الشائعة بدلًا من التفكير فيها. "
                                "كن لطيفًا."
                            ),
                        },
                        {
                            "text": "أن تسكت وتعيد إرسالها إلى أصدقائك أيضًا",
                            "correct": False,
                            "feedback": (
                                "إعادة إرسال شائعة لم تتحقق منها تساعد على انتشارها، حتى لو لم "
                                "تصدّقها."
                            ),
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": "إذا لم تكن متأكدًا من صحة رسالة، فالأفضل ألا تعيد إرسالها.",
                    "choices": [
                        {
                            "text": "صحيح",
                            "correct": True,
                            "feedback": (
                                "أحسنت. إذا لم تستطع التحقق منها فلا تنشرها. ويمكنك أن تنشر "
                                "المعلومات الرسمية بدلًا منها."
                            ),
                        },
                        {
                            "text": "خطأ",
                            "correct": False,
                            "feedback": (
                                "النشر من باب الاحتياط هو بالضبط ما ينشر الشائعات. والرسائل غير "
                                "المؤكدة قد تثير الذعر أو تعرّض الناس للخطر."
                            ),
                        },
                    ],
                },
                {
                    "kind": "multiple",
                    "prompt": (
                        "ما المصادر الموثوقة لتلقي التنبيهات في الأزمات؟ اختر كل الإجابات الصحيحة."
                    ),
                    "choices": [
                        {
                            "text": "قنوات الإنذار التابعة للسلطات العامة",
                            "correct": True,
                            "feedback": (
                                "نعم. إنها الصوت الرسمي للسلطات المسؤولة عن إدارة حالة الطوارئ."
                            ),
                        },
                        {
                            "text": "هيئة البث العامة في الإذاعة والتلفزيون",
                            "correct": True,
                            "feedback": (
                                "نعم. تنقل هيئات البث العامة التحذيرات والتعليمات الرسمية، حتى "
                                "عندما تتعطل شبكات أخرى."
                            ),
                        },
                        {
                            "text": "الموقع الرسمي لخدمات الطوارئ",
                            "correct": True,
                            "feedback": (
                                "نعم. ادخل إليه مباشرة لتأكيد تنبيه أو للعثور على التعليمات."
                            ),
                        },
                        {
                            "text": "منشور واسع الانتشار من حساب لا تعرفه",
                            "correct": False,
                            "feedback": (
                                "كثرة المشاركة لا تجعل المنشور موثوقًا. قارنه بالمصادر الرسمية."
                            ),
                        },
                    ],
                },
            ],
        },
    },
}
