"""The Spanish text of the demo lesson "kit"."""

from .es_quiz import QUIZ

TEXTS = {
    "title": "Prepare un kit de emergencia para 72 horas",
    "summary": (
        "En una catástrofe, la ayuda puede tardar varios días en llegar a todo el mundo. "
        "Un kit preparado de antemano permite que su hogar se valga por sí mismo durante "
        "al menos tres días."
    ),
    "body": [
        (
            "text",
            [
                (
                    "Una tormenta, una inundación o un corte de luz prolongado pueden "
                    "dejar su zona sin agua, sin electricidad, sin tiendas abiertas y sin "
                    "red telefónica. Los servicios de emergencia tienen que ayudar primero "
                    "a las personas que corren más peligro, así que es posible que su "
                    "hogar deba arreglárselas solo durante un tiempo."
                ),
                (
                    "Un kit para 72 horas es una bolsa o una caja con todo lo necesario "
                    "para pasar tres días. Guárdelo en un lugar fijo que todos conozcan, "
                    "cerca de la salida, para poder llevárselo rápidamente si tiene que "
                    "marcharse."
                ),
            ],
        ),
        (
            "heading",
            "Agua y alimentos",
        ),
        (
            "text",
            [
                (
                    "Calcule unos 2 litros de agua potable por persona y día, y algo más "
                    "para lavarse y cepillarse los dientes. Para una familia de cuatro "
                    "personas, eso supone al menos 24 litros de agua potable para tres "
                    "días. Use botellas cerradas y anote su fecha de caducidad."
                ),
                (
                    "Elija alimentos que se conserven mucho tiempo y se puedan comer sin "
                    "cocinar: pescado o legumbres en lata, galletas saladas, fruta "
                    "deshidratada, frutos secos y barritas de cereales. Incluya un "
                    "abrelatas manual. Sustituya el agua y los alimentos antes de que "
                    "caduquen y consuma en casa las reservas antiguas para no desperdiciar "
                    "nada."
                ),
            ],
        ),
        (
            "checklist",
            {
                "title": "Qué incluir en su kit",
                "items": [
                    "Agua potable: unos 2 litros por persona y día, para 3 días",
                    "Alimentos que no necesiten cocción y un abrelatas manual",
                    "Sus medicamentos habituales y copias de sus recetas",
                    "Un botiquín de primeros auxilios",
                    "Una linterna y pilas de repuesto",
                    "Una radio de pilas o de manivela",
                    "Una batería externa cargada y un cable para el teléfono",
                    "Algo de dinero en efectivo, en billetes pequeños y monedas",
                    (
                        "Copias de los documentos de identidad y de los papeles del "
                        "seguro, y una lista de contactos importantes, en una bolsa "
                        "impermeable"
                    ),
                    (
                        "Jabón, papel higiénico, toallitas húmedas, productos de higiene "
                        "íntima y bolsas de basura"
                    ),
                    "Ropa de abrigo, una manta y calzado resistente",
                    (
                        "Gafas de repuesto, un juego de llaves de repuesto y una lista en "
                        "papel con números de teléfono"
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Evite las velas",
                "text": (
                    "Las velas provocan a menudo incendios en las viviendas durante los "
                    "cortes de luz. Use en su lugar una linterna o una lámpara de pilas. "
                    "Si realmente tiene que encender una vela, colóquela en un soporte "
                    "estable, lejos de las cortinas, y no la deje nunca encendida sin "
                    "vigilancia."
                ),
            },
        ),
        (
            "heading",
            "Piense en todas las personas de su hogar",
        ),
        (
            "text",
            [
                (
                    "Adapte el kit a las personas que viven con usted. Los bebés necesitan "
                    "pañales, leche de fórmula y biberones. Las personas mayores pueden "
                    "necesitar gafas de repuesto, pilas para el audífono o un bastón o "
                    "andador. Las personas con discapacidad pueden necesitar material "
                    "médico adicional o una batería cargada para la silla de ruedas."
                ),
                (
                    "Las mascotas también necesitan comida, agua, una correa o un "
                    "transportín, y sus medicamentos. Los niños sobrellevan mejor la "
                    "situación con un pequeño juguete, un libro o un juego."
                ),
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Guarde también copias digitales",
                "text": (
                    "Haga fotos de sus documentos o escanéelos, y guárdelos en una cuenta "
                    "en línea segura o en una memoria USB cifrada. Si pierde las copias en "
                    "papel, podrá seguir demostrando su identidad y ponerse en contacto "
                    "con su aseguradora."
                ),
            },
        ),
        (
            "steps",
            {
                "before": [
                    (
                        "Haga una lista de lo que necesita su hogar y reúnalo todo en una "
                        "bolsa o una caja."
                    ),
                    "Guarde el kit en un lugar fresco, seco y de fácil acceso.",
                    "Diga a todas las personas de su hogar dónde está el kit.",
                ],
                "during": [
                    "Llévese el kit si le indican que abandone su vivienda.",
                    ("Escuche la radio para conocer la información y las instrucciones oficiales."),
                    "Reparta el agua y los alimentos con cuidado para que duren tres días.",
                ],
                "after": [
                    "Reponga todo lo que haya usado en cuanto vuelvan a abrir las tiendas.",
                    "Revise el kit dos veces al año, por ejemplo en primavera y en otoño.",
                    (
                        "Sustituya los alimentos, el agua y los medicamentos caducados, "
                        "así como las pilas viejas."
                    ),
                ],
            },
        ),
    ],
    "quiz": QUIZ,
}
