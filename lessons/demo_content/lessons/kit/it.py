"""The Italian text of the demo lesson "kit"."""

TEXTS = {
    "title": "Preparare un kit di emergenza per 72 ore",
    "summary": (
        "In caso di disastro, i soccorsi possono impiegare diversi giorni per raggiungere "
        "tutti. Un kit già pronto permette alla famiglia di restare autonoma per almeno "
        "tre giorni."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Un forte temporale, un'alluvione o un lungo blackout possono lasciare "
                    "la zona senza acqua, elettricità, negozi aperti e rete telefonica. I "
                    "soccorritori devono aiutare prima le persone in maggiore pericolo, "
                    "quindi per un certo tempo la famiglia potrebbe dover contare solo "
                    "sulle proprie forze."
                ),
                (
                    "Il kit per 72 ore è una borsa o una scatola che contiene tutto il "
                    "necessario per affrontare tre giorni. Va tenuto in un posto fisso, "
                    "noto a tutti, vicino all'uscita, così da poterlo prendere in fretta "
                    "se bisogna lasciare la casa."
                ),
            ],
        ),
        (
            "heading",
            "Acqua e cibo",
        ),
        (
            "text",
            [
                (
                    "Calcolare circa 2 litri di acqua potabile per persona al giorno, più "
                    "un po' d'acqua per l'igiene personale e per lavarsi i denti. Per una "
                    "famiglia di quattro persone servono quindi almeno 24 litri di acqua "
                    "potabile per tre giorni. Scegliere bottiglie sigillate e annotare la "
                    "data di scadenza."
                ),
                (
                    "Scegliere alimenti a lunga conservazione che si possono mangiare "
                    "senza cottura: pesce o legumi in scatola, cracker, frutta essiccata, "
                    "frutta a guscio e barrette ai cereali. Mettere nel kit un apriscatole "
                    "manuale. Sostituire acqua e cibo prima della scadenza e consumare a "
                    "casa le vecchie scorte, così da non sprecare nulla."
                ),
            ],
        ),
        (
            "checklist",
            {
                "title": "Cosa mettere nel kit",
                "items": [
                    "Acqua potabile: circa 2 litri per persona al giorno, per 3 giorni",
                    "Cibo che non richiede cottura e un apriscatole manuale",
                    "I medicinali che si prendono abitualmente e le copie delle ricette",
                    "Un kit di primo soccorso",
                    "Una torcia e batterie di ricambio",
                    "Una radio a batterie o a manovella",
                    "Un power bank carico e un cavo per il telefono",
                    "Un po' di contanti in banconote di piccolo taglio e monete",
                    (
                        "Copie dei documenti d'identità e delle polizze assicurative, e un "
                        "elenco dei contatti importanti, in una busta impermeabile"
                    ),
                    (
                        "Sapone, carta igienica, salviette umidificate, assorbenti e "
                        "sacchetti per i rifiuti"
                    ),
                    "Vestiti caldi, una coperta e scarpe robuste",
                    (
                        "Occhiali di scorta, chiavi di riserva e un elenco dei numeri di "
                        "telefono su carta"
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Evitare le candele",
                "text": (
                    "Durante i blackout le candele causano spesso incendi in casa. Usare "
                    "invece una torcia o una lampada a batterie. Se è proprio necessario "
                    "accendere una candela, metterla in un portacandele stabile, lontano "
                    "dalle tende, e non lasciarla mai accesa senza sorveglianza."
                ),
            },
        ),
        (
            "heading",
            "Pensare a tutte le persone di casa",
        ),
        (
            "text",
            [
                (
                    "Il kit va adattato alle persone con cui si vive. I neonati hanno "
                    "bisogno di pannolini, latte artificiale e biberon. Le persone anziane "
                    "possono aver bisogno di occhiali di scorta, batterie per "
                    "l'apparecchio acustico o un ausilio per camminare. Le persone con "
                    "disabilità possono aver bisogno di materiale sanitario in più o di "
                    "una batteria carica per la sedia a rotelle."
                ),
                (
                    "Anche gli animali domestici hanno bisogno di cibo, acqua, un "
                    "guinzaglio o un trasportino e dei loro medicinali. I bambini "
                    "affrontano meglio la situazione con un piccolo giocattolo, un libro o "
                    "un gioco."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Conservare anche copie digitali",
                "text": (
                    "Fotografare o scansionare i documenti e salvarli in un account online "
                    "sicuro o su una chiavetta USB crittografata. Se le copie cartacee "
                    "vanno perse, sarà comunque possibile dimostrare la propria identità e "
                    "contattare l'assicurazione."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "Fare una lista di ciò che serve alla famiglia e raccogliere tutto "
                        "in una borsa o una scatola."
                    ),
                    ("Conservare il kit in un luogo fresco, asciutto e facile da raggiungere."),
                    "Dire a tutti i membri della famiglia dove si trova il kit.",
                ],
                "during": [
                    ("Portare con sé il kit se viene chiesto di lasciare la propria abitazione."),
                    "Ascoltare la radio per ricevere informazioni e istruzioni ufficiali.",
                    (
                        "Distribuire con attenzione acqua e cibo, in modo che bastino per "
                        "tre giorni."
                    ),
                ],
                "after": [
                    "Sostituire tutto ciò che è stato usato appena i negozi riaprono.",
                    ("Controllare il kit due volte l'anno, per esempio in primavera e in autunno."),
                    "Sostituire cibo, acqua e medicinali scaduti e le batterie vecchie.",
                ],
            },
        ),
    ],
    "quiz": [
        {
            "kind": "single",
            "prompt": ("Quanta acqua potabile bisogna conservare per una persona per tre giorni?"),
            "choices": [
                {
                    "text": "Circa 2 litri",
                    "correct": False,
                    "feedback": (
                        "Bastano per un solo giorno. Servono circa 2 litri per ciascuno "
                        "dei tre giorni."
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
                "Quali di questi alimenti sono adatti al kit? Selezionare tutte le "
                "risposte corrette."
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
                    "feedback": (
                        "Sì. Sono leggere, si conservano per mesi e non richiedono cottura."
                    ),
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
                        "Per ricevere le informazioni ufficiali anche senza corrente e "
                        "senza internet"
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
                        "Una radio riceve soltanto le trasmissioni. Non permette di "
                        "chiamare nessuno."
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
                        "Occhiali di scorta o batterie per l'apparecchio acustico, se il "
                        "padre li usa"
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
            "prompt": (
                "Qual è il posto migliore per conservare le copie dei documenti importanti?"
            ),
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
    ],
}
