"""The French text of the demo lesson "disinformation"."""

from .fr_quiz import QUIZ

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
    "quiz": QUIZ,
}
