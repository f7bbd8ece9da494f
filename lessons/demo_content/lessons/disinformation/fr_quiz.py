"""The French quiz of the demo lesson "disinformation"."""

QUIZ = [
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
                "text": ("Il cherche à vous mettre très en colère ou à vous faire très peur"),
                "correct": True,
                "feedback": (
                    "Oui. Les émotions fortes poussent à partager sans réfléchir, et "
                    "c'est exactement ce que cherchent les faux messages."
                ),
            },
            {
                "text": ("Il est aussi publié sur le site officiel de l'autorité concernée"),
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
                    "Envoyer de l'argent sur le compte bancaire privé indiqué dans le message"
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
                    "Lui demander calmement d'où elle vient et partager l'information officielle"
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
            "Si vous avez un doute sur la véracité d'un message, mieux vaut ne pas le transférer."
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
                    "Oui. C'est la voix officielle des autorités qui gèrent la situation d'urgence."
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
                    "Oui. Allez-y directement pour confirmer une alerte ou trouver des consignes."
                ),
            },
            {
                "text": ("Une publication virale d'un compte que vous ne connaissez pas"),
                "correct": False,
                "feedback": (
                    "Être beaucoup partagée ne rend pas une publication fiable. "
                    "Comparez-la avec les sources officielles."
                ),
            },
        ],
    },
]
