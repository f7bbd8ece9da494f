"""The Italian text of the demo lesson "kit"."""

from .it_quiz import QUIZ

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
    "quiz": QUIZ,
}
