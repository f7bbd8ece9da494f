"""The French text of the demo lesson "disinformation"."""

TEXTS = {
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
                    ("Qui l'a publié ? S'agit-il d'un compte officiel ou d'un média connu ?"),
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
                    ("Signalez les contenus faux avec le bouton de signalement de la plateforme."),
                ],
                "after": [
                    (
                        "Si vous avez partagé une fausse information, corrigez-la en "
                        "publiant les faits officiels."
                    ),
                    ("Signalez les arnaques à la police et à la plateforme où vous les avez vues."),
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
                    "text": ("Une publication virale d'un compte que vous ne connaissez pas"),
                    "correct": False,
                    "feedback": (
                        "Être beaucoup partagée ne rend pas une publication fiable. "
                        "Comparez-la avec les sources officielles."
                    ),
                },
            ],
        },
    ],
}
