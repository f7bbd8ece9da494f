"""The Spanish quiz of the demo lesson "kit"."""

QUIZ = [
    {
        "kind": "single",
        "prompt": ("¿Cuánta agua potable debe guardar para una persona durante tres días?"),
        "choices": [
            {
                "text": "Unos 2 litros",
                "correct": False,
                "feedback": (
                    "Eso solo alcanza para un día. Necesita unos 2 litros para cada "
                    "uno de los tres días."
                ),
            },
            {
                "text": "Unos 6 litros",
                "correct": True,
                "feedback": (
                    "Correcto: unos 2 litros al día durante 3 días suman 6 litros de "
                    "agua potable. Añada un poco más para la higiene."
                ),
            },
            {
                "text": "Unos 20 litros",
                "correct": False,
                "feedback": (
                    "Es mucho más de lo que una persona bebe en tres días. Pesaría "
                    "mucho y sería difícil de almacenar y de renovar."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "¿Cuáles de estos alimentos son una buena opción para su kit? Marque todas "
            "las respuestas correctas."
        ),
        "choices": [
            {
                "text": "Legumbres o pescado en lata, con un abrelatas manual",
                "correct": True,
                "feedback": (
                    "Sí. Las latas se conservan mucho tiempo y se pueden comer frías, "
                    "y un abrelatas manual funciona sin electricidad."
                ),
            },
            {
                "text": "Pizza congelada",
                "correct": False,
                "feedback": (
                    "No. Necesita un congelador y un horno, y ambos pueden dejar de "
                    "funcionar en una emergencia."
                ),
            },
            {
                "text": "Barritas de cereales y fruta deshidratada",
                "correct": True,
                "feedback": (
                    "Sí. Son ligeras, se conservan durante meses y no hay que cocinarlas."
                ),
            },
            {
                "text": "Leche fresca",
                "correct": False,
                "feedback": (
                    "No. Sin nevera, la leche fresca se estropea en pocas horas. La "
                    "leche UHT en envase de cartón es una opción mejor."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Durante un corte de luz, las velas son la forma más segura de iluminar su casa."
        ),
        "choices": [
            {
                "text": "Verdadero",
                "correct": False,
                "feedback": (
                    "Las velas son una causa frecuente de incendios en las viviendas "
                    "durante los cortes de luz. Una linterna o una lámpara de pilas es "
                    "mucho más segura."
                ),
            },
            {
                "text": "Falso",
                "correct": True,
                "feedback": (
                    "Correcto. Una linterna o una lámpara de pilas le da luz sin "
                    "riesgo de provocar un incendio."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "¿Por qué debe incluir en su kit una radio de pilas o de manivela?",
        "choices": [
            {
                "text": ("Para oír la información oficial aunque no haya electricidad ni internet"),
                "correct": True,
                "feedback": (
                    "Correcto. La radio suele seguir emitiendo cuando fallan otras "
                    "redes, así que podrá seguir escuchando lo que aconsejan las "
                    "autoridades."
                ),
            },
            {
                "text": "Para escuchar música y entretener a los niños",
                "correct": False,
                "feedback": (
                    "La música puede ayudar, pero el motivo principal es oír los "
                    "avisos y las instrucciones de las autoridades."
                ),
            },
            {
                "text": "Para llamar a los servicios de emergencia",
                "correct": False,
                "feedback": ("Una radio solo recibe emisiones. No sirve para llamar a nadie."),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "¿Cada cuánto tiempo debe revisar su kit?",
        "choices": [
            {
                "text": "Solo cuando se anuncia una catástrofe",
                "correct": False,
                "feedback": (
                    "Para entonces, las tiendas pueden estar cerradas o abarrotadas, y "
                    "no tendrá tiempo de conseguir lo que falta."
                ),
            },
            {
                "text": "Dos veces al año",
                "correct": True,
                "feedback": (
                    "Correcto. Si lo revisa dos veces al año, podrá sustituir a tiempo "
                    "los alimentos, el agua y los medicamentos caducados, así como las "
                    "pilas gastadas."
                ),
            },
            {
                "text": "Una vez cada diez años",
                "correct": False,
                "feedback": (
                    "Los alimentos, el agua, los medicamentos y las pilas caducan mucho antes."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Su vecina vive con su padre, ya mayor, y con un perro. ¿Qué debería "
            "añadir ella a su kit? Marque todas las respuestas correctas."
        ),
        "choices": [
            {
                "text": "Los medicamentos de su padre y copias de sus recetas",
                "correct": True,
                "feedback": (
                    "Sí. Las farmacias pueden estar cerradas, y una copia de la receta "
                    "ayuda a un médico a reponer los medicamentos perdidos."
                ),
            },
            {
                "text": "Comida, agua y una correa para el perro",
                "correct": True,
                "feedback": (
                    "Sí. En una emergencia, los animales dependen de sus dueños y "
                    "necesitan sus propias provisiones."
                ),
            },
            {
                "text": ("Gafas de repuesto o pilas para el audífono, si su padre las necesita"),
                "correct": True,
                "feedback": (
                    "Sí. Sin ellas, es posible que no pueda leer las instrucciones ni "
                    "oír los avisos."
                ),
            },
            {
                "text": "Nada, porque un kit estándar sirve para todos",
                "correct": False,
                "feedback": (
                    "No. Un kit debe responder a las necesidades reales de cada "
                    "persona y de cada animal del hogar."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "¿Dónde es mejor guardar las copias de sus documentos importantes?",
        "choices": [
            {
                "text": (
                    "En una bolsa impermeable dentro del kit, con copias digitales "
                    "guardadas de forma segura"
                ),
                "correct": True,
                "feedback": (
                    "Correcto. La bolsa impermeable protege las copias en papel, y las "
                    "copias digitales sirven de respaldo si se pierde la bolsa."
                ),
            },
            {
                "text": "Sueltas en un cajón de casa",
                "correct": False,
                "feedback": (
                    "Si tiene que marcharse deprisa, puede que no las encuentre, y el "
                    "agua o el fuego podrían destruirlas."
                ),
            },
            {
                "text": "En ningún sitio, porque no las necesitará en una emergencia",
                "correct": False,
                "feedback": (
                    "Después de una catástrofe, puede que tenga que demostrar su "
                    "identidad, acceder a su banco o presentar una reclamación al "
                    "seguro."
                ),
            },
        ],
    },
]
