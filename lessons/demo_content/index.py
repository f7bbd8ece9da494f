"""The demo lessons index page and course, with translations in the lesson languages."""

INDEX = {
    "slug": "lessons",
    "content": {
        "en": {
            "title": "Lessons",
            "intro": "Short lessons on getting ready for emergencies. Each ends with a quiz.",
        },
        "fr": {
            "title": "Leçons",
            "intro": (
                "De courtes leçons pour se préparer aux urgences. Chacune se termine par un quiz."
            ),
        },
        "uk": {
            "title": "Уроки",
            "intro": (
                "Короткі уроки про те, як підготуватися до надзвичайних ситуацій. "
                "Кожен завершується тестом."
            ),
        },
        "ar": {
            "title": "الدروس",
            "intro": "دروس قصيرة للاستعداد لحالات الطوارئ، ينتهي كل منها باختبار قصير.",
        },
        "de": {
            "title": "Lektionen",
            "intro": (
                "Kurze Lektionen zur Vorbereitung auf Notfälle. Jede endet mit einem kurzen Test."
            ),
        },
        "pl": {
            "title": "Lekcje",
            "intro": (
                "Krótkie lekcje o tym, jak przygotować się na sytuacje kryzysowe. "
                "Każda kończy się quizem."
            ),
        },
        "es": {
            "title": "Lecciones",
            "intro": (
                "Lecciones breves para prepararse ante emergencias. "
                "Cada una termina con un cuestionario."
            ),
        },
        "it": {
            "title": "Lezioni",
            "intro": "Brevi lezioni per prepararsi alle emergenze. Ognuna si conclude con un quiz.",
        },
    },
}

COURSE = {
    "slug": "household-readiness-basics",
    "lessons": ["72-hour-kit", "power-outage", "flood", "heatwave"],
    "content": {
        "en": {
            "title": "Household readiness basics",
            "summary": (
                "Four lessons that get your household through the first days of an emergency: "
                "a kit, power cuts, floods and heatwaves."
            ),
        },
        "fr": {
            "title": "Les bases de la préparation du foyer",
            "summary": (
                "Quatre leçons pour que votre foyer traverse les premiers jours d'une urgence : "
                "le kit, les coupures de courant, les inondations et les canicules."
            ),
        },
        "uk": {
            "title": "Основи готовності домогосподарства",
            "summary": (
                "Чотири уроки, які допоможуть вашій родині пережити перші дні надзвичайної "
                "ситуації: тривожна валіза, відключення світла, повені та спека."
            ),
        },
        "ar": {
            "title": "أساسيات استعداد الأسرة",
            "summary": (
                "أربعة دروس تساعد أسرتك على تجاوز الأيام الأولى من حالة طوارئ: حقيبة الطوارئ "
                "وانقطاع الكهرباء والفيضانات وموجات الحر."
            ),
        },
    },
}
