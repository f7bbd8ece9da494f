"""The French quiz of the demo lesson "heatwave"."""

QUIZ = [
    {
        "kind": "single",
        "prompt": (
            "Il fait très chaud dehors l'après-midi. Quelle est la meilleure façon de "
            "garder votre logement au frais ?"
        ),
        "choices": [
            {
                "text": (
                    "Garder volets et rideaux fermés dans la journée et ouvrir les fenêtres la nuit"
                ),
                "correct": True,
                "feedback": (
                    "Exact. Bloquer le soleil empêche la chaleur d'entrer le jour, et "
                    "l'air plus frais de la nuit permet au logement de se rafraîchir."
                ),
            },
            {
                "text": (
                    "Ouvrir grand toutes les fenêtres l'après-midi pour faire entrer de l'air"
                ),
                "correct": False,
                "feedback": (
                    "L'après-midi, l'air extérieur est plus chaud que l'air intérieur "
                    ": les fenêtres ouvertes font entrer encore plus de chaleur."
                ),
            },
            {
                "text": ("Laisser les rideaux ouverts pour garder des pièces lumineuses"),
                "correct": False,
                "feedback": (
                    "Le soleil qui traverse les vitres chauffe vite les pièces. "
                    "Occulter les fenêtres dans la journée les garde plus fraîches."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "Quand faut-il boire de l'eau pendant une canicule ?",
        "choices": [
            {
                "text": "Seulement quand vous avez soif",
                "correct": False,
                "feedback": (
                    "La soif arrive souvent tard, surtout chez les personnes âgées et "
                    "les enfants. À ce moment-là, le corps peut déjà manquer d'eau."
                ),
            },
            {
                "text": "Régulièrement au cours de la journée, même sans avoir soif",
                "correct": True,
                "feedback": (
                    "Exact. Boire souvent, par petites quantités, remplace l'eau "
                    "perdue en transpirant avant que vous ne vous sentiez mal."
                ),
            },
            {
                "text": "Surtout le soir, avec une bière bien fraîche",
                "correct": False,
                "feedback": (
                    "L'alcool fait perdre de l'eau au corps, et attendre le soir vous "
                    "laisse manquer d'eau aux heures les plus chaudes."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Parmi ces personnes, lesquelles sont particulièrement exposées pendant "
            "une canicule ? Choisissez toutes les bonnes réponses."
        ),
        "choices": [
            {
                "text": "Un homme de 85 ans qui vit seul",
                "correct": True,
                "feedback": (
                    "Oui. Les personnes âgées ressentent moins la soif, et comme il "
                    "vit seul, personne ne remarquera peut-être qu'il va mal."
                ),
            },
            {
                "text": "Un bébé de six mois",
                "correct": True,
                "feedback": (
                    "Oui. Un bébé ne peut pas dire qu'il a soif ou trop chaud, et son "
                    "corps surchauffe vite."
                ),
            },
            {
                "text": "Un ouvrier du bâtiment qui travaille dehors toute la journée",
                "correct": True,
                "feedback": (
                    "Oui. Un travail physique au soleil produit beaucoup de chaleur "
                    "dans le corps : les travailleurs en extérieur ont besoin de "
                    "pauses, d'ombre et d'eau."
                ),
            },
            {
                "text": (
                    "Un adulte en bonne santé qui se repose dans une pièce fraîche et "
                    "boit régulièrement"
                ),
                "correct": False,
                "feedback": (
                    "Cette personne fait ce qu'il faut. Tout le monde peut souffrir "
                    "de la chaleur, mais l'ombre, le repos et l'eau limitent "
                    "fortement le risque."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "On peut laisser un chien cinq minutes dans une voiture garée si les "
            "vitres sont entrouvertes."
        ),
        "choices": [
            {
                "text": "Vrai",
                "correct": False,
                "feedback": (
                    "Une voiture garée chauffe très vite, même vitres un peu "
                    "ouvertes. Cinq minutes peuvent suffire à tuer un animal."
                ),
            },
            {
                "text": "Faux",
                "correct": True,
                "feedback": (
                    "Exact. Ne laissez jamais une personne ou un animal dans une "
                    "voiture garée, même pour peu de temps."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": (
            "Après une journée très chaude, votre voisin est confus, a la peau "
            "brûlante et se réveille difficilement. Que faites-vous en premier ?"
        ),
        "choices": [
            {
                "text": (
                    "Appeler le 112, puis le rafraîchir avec de l'eau et un courant "
                    "d'air en attendant"
                ),
                "correct": True,
                "feedback": (
                    "Exact. Ce sont des signes de coup de chaleur, une urgence "
                    "vitale. Rafraîchir vite la personne et appeler les secours sauve "
                    "des vies."
                ),
            },
            {
                "text": "Lui donner un grand verre d'eau et le laisser dormir",
                "correct": False,
                "feedback": (
                    "Une personne qui n'est pas bien réveillée peut s'étouffer en "
                    "buvant. La confusion et la somnolence sont des signes de coup de "
                    "chaleur, qui exige des secours immédiats."
                ),
            },
            {
                "text": "Attendre une heure pour voir si son état s'améliore",
                "correct": False,
                "feedback": (
                    "Le coup de chaleur peut abîmer le cerveau et d'autres organes en "
                    "peu de temps. Attendre met la vie de la personne en danger."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": ("Une personne victime d'un coup de chaleur a toujours la peau sèche."),
        "choices": [
            {
                "text": "Vrai",
                "correct": False,
                "feedback": (
                    "Pas toujours. Sa peau peut être sèche ou couverte de sueur : "
                    "transpirer n'exclut donc pas un coup de chaleur."
                ),
            },
            {
                "text": "Faux",
                "correct": True,
                "feedback": (
                    "Exact. La peau peut être sèche ou moite. Regardez aussi les "
                    "autres signes, comme une température très élevée et la "
                    "confusion."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Quels gestes vous aident à rester au frais aux heures les plus chaudes ? "
            "Choisissez toutes les bonnes réponses."
        ),
        "choices": [
            {
                "text": "Prendre une douche fraîche",
                "correct": True,
                "feedback": "Oui. L'eau fraîche sur la peau rafraîchit le corps.",
            },
            {
                "text": "Aller courir à 15 heures",
                "correct": False,
                "feedback": (
                    "Un effort intense aux heures les plus chaudes fait produire "
                    "encore plus de chaleur au corps. Faites plutôt du sport tôt le "
                    "matin, ou reposez-vous."
                ),
            },
            {
                "text": ("Passer du temps dans un lieu public frais, comme une bibliothèque"),
                "correct": True,
                "feedback": (
                    "Oui. Quelques heures dans un endroit frais permettent au corps de souffler."
                ),
            },
            {
                "text": "Porter des vêtements sombres et serrés",
                "correct": False,
                "feedback": (
                    "Les couleurs sombres absorbent la chaleur et les vêtements "
                    "serrés la retiennent. Des vêtements amples et clairs sont plus "
                    "frais."
                ),
            },
        ],
    },
]
