"""The Italian quiz of the demo lesson "kit"."""

QUIZ = [
    {
        "kind": "single",
        "prompt": ("Quanta acqua potabile bisogna conservare per una persona per tre giorni?"),
        "choices": [
            {
                "text": "Circa 2 litri",
                "correct": False,
                "feedback": (
                    "Bastano per un solo giorno. Servono circa 2 litri per ciascuno dei tre giorni."
                ),
            },
            {
                "text": "Circa 6 litri",
                "correct": True,
                "feedback": (
                    "Esatto: circa 2 litri al giorno per 3 giorni fanno 6 litri di "
                    "acqua potabile. Conviene aggiungerne un po' per l'igiene."
                ),
            },
            {
                "text": "Circa 20 litri",
                "correct": False,
                "feedback": (
                    "È molto più di quanto una persona beva in tre giorni. Sarebbe "
                    "pesante e difficile da conservare e da sostituire."
                ),
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Quali di questi alimenti sono adatti al kit? Selezionare tutte le risposte corrette."
        ),
        "choices": [
            {
                "text": "Legumi o pesce in scatola, con un apriscatole manuale",
                "correct": True,
                "feedback": (
                    "Sì. Le scatolette si conservano a lungo e si possono mangiare "
                    "fredde, e un apriscatole manuale funziona senza corrente."
                ),
            },
            {
                "text": "Pizza surgelata",
                "correct": False,
                "feedback": (
                    "No. Servono un congelatore e un forno, e in un'emergenza entrambi "
                    "potrebbero smettere di funzionare."
                ),
            },
            {
                "text": "Barrette ai cereali e frutta essiccata",
                "correct": True,
                "feedback": ("Sì. Sono leggere, si conservano per mesi e non richiedono cottura."),
            },
            {
                "text": "Latte fresco",
                "correct": False,
                "feedback": (
                    "No. Senza frigorifero il latte fresco va a male in poche ore. Il "
                    "latte a lunga conservazione in brick è una scelta migliore."
                ),
            },
        ],
    },
    {
        "kind": "true_false",
        "prompt": (
            "Durante un blackout, le candele sono il modo più sicuro per illuminare la casa."
        ),
        "choices": [
            {
                "text": "Vero",
                "correct": False,
                "feedback": (
                    "Le candele sono una causa frequente di incendi domestici durante "
                    "i blackout. Una torcia o una lampada a batterie è molto più "
                    "sicura."
                ),
            },
            {
                "text": "Falso",
                "correct": True,
                "feedback": (
                    "Esatto. Una torcia o una lampada a batterie fa luce senza il "
                    "rischio di provocare un incendio."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "Perché nel kit ci deve essere una radio a batterie o a manovella?",
        "choices": [
            {
                "text": (
                    "Per ricevere le informazioni ufficiali anche senza corrente e senza internet"
                ),
                "correct": True,
                "feedback": (
                    "Esatto. Le trasmissioni radio spesso continuano quando le altre "
                    "reti smettono di funzionare, quindi è ancora possibile sapere "
                    "cosa consigliano le autorità."
                ),
            },
            {
                "text": "Per ascoltare musica e tenere occupati i bambini",
                "correct": False,
                "feedback": (
                    "La musica può aiutare, ma il motivo principale è ascoltare gli "
                    "avvisi e le istruzioni delle autorità."
                ),
            },
            {
                "text": "Per chiamare i soccorsi",
                "correct": False,
                "feedback": (
                    "Una radio riceve soltanto le trasmissioni. Non permette di chiamare nessuno."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": "Ogni quanto bisogna controllare il kit?",
        "choices": [
            {
                "text": "Solo quando viene annunciato un disastro",
                "correct": False,
                "feedback": (
                    "A quel punto i negozi potrebbero essere chiusi o affollati, e non "
                    "ci sarebbe il tempo di procurarsi ciò che manca."
                ),
            },
            {
                "text": "Due volte l'anno",
                "correct": True,
                "feedback": (
                    "Esatto. Un controllo due volte l'anno permette di sostituire in "
                    "tempo cibo, acqua e medicinali scaduti e le batterie scariche."
                ),
            },
            {
                "text": "Una volta ogni dieci anni",
                "correct": False,
                "feedback": "Cibo, acqua, medicinali e batterie scadono molto prima.",
            },
        ],
    },
    {
        "kind": "multiple",
        "prompt": (
            "Una vicina di casa vive con il padre anziano e un cane. Cosa dovrebbe "
            "aggiungere al suo kit? Selezionare tutte le risposte corrette."
        ),
        "choices": [
            {
                "text": "I medicinali del padre e le copie delle sue ricette",
                "correct": True,
                "feedback": (
                    "Sì. Le farmacie potrebbero essere chiuse, e una copia della "
                    "ricetta aiuta il medico a sostituire i medicinali persi."
                ),
            },
            {
                "text": "Cibo, acqua e un guinzaglio per il cane",
                "correct": True,
                "feedback": (
                    "Sì. In un'emergenza gli animali dipendono da chi se ne prende "
                    "cura e hanno bisogno di scorte proprie."
                ),
            },
            {
                "text": (
                    "Occhiali di scorta o batterie per l'apparecchio acustico, se il padre li usa"
                ),
                "correct": True,
                "feedback": (
                    "Sì. Senza questi ausili, il padre potrebbe non riuscire a "
                    "leggere le istruzioni o a sentire gli avvisi."
                ),
            },
            {
                "text": "Niente, perché un kit standard va bene per tutti",
                "correct": False,
                "feedback": (
                    "No. Il kit deve rispondere alle reali esigenze di ogni persona e "
                    "di ogni animale della famiglia."
                ),
            },
        ],
    },
    {
        "kind": "single",
        "prompt": ("Qual è il posto migliore per conservare le copie dei documenti importanti?"),
        "choices": [
            {
                "text": (
                    "In una busta impermeabile nel kit, con copie digitali conservate "
                    "in modo sicuro"
                ),
                "correct": True,
                "feedback": (
                    "Esatto. La busta impermeabile protegge le copie cartacee, e "
                    "quelle digitali servono da riserva se la borsa va persa."
                ),
            },
            {
                "text": "Sparse in un cassetto di casa",
                "correct": False,
                "feedback": (
                    "Se si deve uscire in fretta, si rischia di non trovarle, e "
                    "l'acqua o il fuoco potrebbero distruggerle."
                ),
            },
            {
                "text": "Da nessuna parte, perché in un'emergenza non servono",
                "correct": False,
                "feedback": (
                    "Dopo un disastro potrebbe essere necessario dimostrare la propria "
                    "identità, accedere al conto in banca o presentare una richiesta "
                    "di risarcimento all'assicurazione."
                ),
            },
        ],
    },
]
