"""The demo home page in English, with its translations keyed by English source segment."""

SLUG = "home"
TITLE = "Be ready for emergencies"
INTRO = (
    "Beacon helps you prepare for a crisis and warns you when one is coming, in your own language."
)
BODY = (
    "<h2>Learn what to do</h2>"
    "<p>Short lessons explain how to get ready for floods, heatwaves, power cuts, disease "
    "outbreaks and other emergencies, and what to do before, during and after them.</p>"
    "<h2>Know when danger is near</h2>"
    "<p>When your local authorities issue a warning, Beacon shows it clearly, says where it "
    "applies and tells you what to do.</p>"
    "<h2>Prepare together</h2>"
    "<p>Schools, employers and associations use Beacon to practise with their members, so that "
    "more people know how to look after themselves and help others.</p>"
)

_SEGMENTS = [
    TITLE,
    INTRO,
    "Learn what to do",
    "Short lessons explain how to get ready for floods, heatwaves, power cuts, disease outbreaks "
    "and other emergencies, and what to do before, during and after them.",
    "Know when danger is near",
    "When your local authorities issue a warning, Beacon shows it clearly, says where it applies "
    "and tells you what to do.",
    "Prepare together",
    "Schools, employers and associations use Beacon to practise with their members, so that more "
    "people know how to look after themselves and help others.",
]

_TRANSLATED = {
    "fr": [
        "Soyez prêts face aux urgences",
        "Beacon vous aide à vous préparer à une crise et vous avertit quand elle approche, "
        "dans votre langue.",
        "Apprendre les bons gestes",
        "De courtes leçons expliquent comment se préparer aux inondations, aux canicules, aux "
        "coupures de courant, aux épidémies et à d'autres situations d'urgence, et que faire "
        "avant, pendant et après.",
        "Savoir quand le danger approche",
        "Lorsque vos autorités locales émettent une alerte, Beacon l'affiche clairement, indique "
        "où elle s'applique et vous dit quoi faire.",
        "Se préparer ensemble",
        "Écoles, employeurs et associations utilisent Beacon pour s'exercer avec leurs membres, "
        "afin que davantage de personnes sachent se protéger et aider les autres.",
    ],
    "de": [
        "Für Notfälle gerüstet sein",
        "Beacon hilft Ihnen, sich auf eine Krise vorzubereiten, und warnt Sie, wenn eine droht – "
        "in Ihrer Sprache.",
        "Wissen, was zu tun ist",
        "Kurze Lektionen erklären, wie Sie sich auf Hochwasser, Hitzewellen, Stromausfälle, "
        "Krankheitsausbrüche und andere Notlagen vorbereiten und was Sie davor, währenddessen "
        "und danach tun sollten.",
        "Erfahren, wenn Gefahr droht",
        "Wenn Ihre örtlichen Behörden eine Warnung herausgeben, zeigt Beacon sie deutlich an, "
        "nennt das betroffene Gebiet und sagt Ihnen, was zu tun ist.",
        "Gemeinsam vorsorgen",
        "Schulen, Arbeitgeber und Vereine üben mit Beacon gemeinsam mit ihren Mitgliedern, damit "
        "mehr Menschen wissen, wie sie sich selbst schützen und anderen helfen können.",
    ],
    "pl": [
        "Bądź gotowy na sytuacje kryzysowe",
        "Beacon pomaga przygotować się na kryzys i ostrzega, gdy się zbliża – w Twoim języku.",
        "Dowiedz się, co robić",
        "Krótkie lekcje wyjaśniają, jak przygotować się na powódź, upał, przerwę w dostawie prądu, "
        "epidemię i inne zagrożenia oraz co robić przed nimi, w ich trakcie i po nich.",
        "Wiedz, kiedy grozi niebezpieczeństwo",
        "Gdy lokalne władze wydają ostrzeżenie, Beacon wyraźnie je pokazuje, podaje, jakiego "
        "obszaru dotyczy, i mówi, co należy zrobić.",
        "Przygotujmy się razem",
        "Szkoły, pracodawcy i stowarzyszenia ćwiczą z Beacon razem ze swoimi członkami, aby "
        "więcej osób wiedziało, jak zadbać o siebie i pomóc innym.",
    ],
    "uk": [
        "Будьте готові до надзвичайних ситуацій",
        "Beacon допомагає підготуватися до кризи й попереджає, коли вона наближається, "
        "вашою мовою.",
        "Дізнайтеся, що робити",
        "Короткі уроки пояснюють, як підготуватися до повені, спеки, відключення електроенергії, "
        "спалаху хвороби та інших надзвичайних ситуацій і що робити до, під час і після них.",
        "Знайте, коли наближається небезпека",
        "Коли місцева влада оголошує попередження, Beacon чітко його показує, зазначає, де воно "
        "діє, і пояснює, що робити.",
        "Готуймося разом",
        "Школи, роботодавці та громадські організації тренуються з Beacon разом зі своїми "
        "учасниками, щоб більше людей знали, як уберегти себе й допомогти іншим.",
    ],
    "ar": [
        "كن مستعدًا لحالات الطوارئ",
        "يساعدك Beacon على الاستعداد للأزمات وينبّهك عند اقتراب إحداها، بلغتك.",
        "تعلّم ما يجب فعله",
        "تشرح دروس قصيرة كيف تستعد للفيضانات وموجات الحر وانقطاع الكهرباء وتفشّي الأمراض "
        "وغيرها من حالات الطوارئ، وماذا تفعل قبلها وأثناءها وبعدها.",
        "اعرف متى يقترب الخطر",
        "عندما تُصدر السلطات المحلية تحذيرًا، يعرضه Beacon بوضوح ويبيّن المناطق التي يشملها "
        "ويخبرك بما يجب فعله.",
        "لنستعد معًا",
        "تستخدم المدارس وأصحاب العمل والجمعيات Beacon للتدرّب مع أعضائها، حتى يعرف عدد أكبر "
        "من الناس كيف يحمون أنفسهم ويساعدون غيرهم.",
    ],
    "es": [
        "Prepárate para las emergencias",
        "Beacon te ayuda a prepararte ante una crisis y te avisa cuando se acerca, en tu idioma.",
        "Aprende qué hacer",
        "Lecciones breves explican cómo prepararse para inundaciones, olas de calor, cortes de "
        "electricidad, brotes de enfermedades y otras emergencias, y qué hacer antes, durante y "
        "después.",
        "Entérate cuando hay peligro",
        "Cuando tus autoridades locales emiten un aviso, Beacon lo muestra con claridad, indica "
        "dónde se aplica y te dice qué hacer.",
        "Prepararse juntos",
        "Escuelas, empresas y asociaciones usan Beacon para practicar con sus miembros, de modo "
        "que más personas sepan protegerse y ayudar a los demás.",
    ],
    "it": [
        "Pronti per le emergenze",
        "Beacon ti aiuta a prepararti a una crisi e ti avvisa quando si avvicina, "
        "nella tua lingua.",
        "Impara cosa fare",
        "Brevi lezioni spiegano come prepararsi ad alluvioni, ondate di calore, blackout, "
        "epidemie e altre emergenze, e cosa fare prima, durante e dopo.",
        "Sapere quando c'è pericolo",
        "Quando le autorità locali diramano un avviso, Beacon lo mostra con chiarezza, indica "
        "dove si applica e ti dice cosa fare.",
        "Prepararsi insieme",
        "Scuole, datori di lavoro e associazioni usano Beacon per esercitarsi con i propri "
        "membri, così che più persone sappiano proteggersi e aiutare gli altri.",
    ],
}

TRANSLATIONS: dict[str, dict[str, str]] = {
    language: dict(zip(_SEGMENTS, texts, strict=True)) for language, texts in _TRANSLATED.items()
}
