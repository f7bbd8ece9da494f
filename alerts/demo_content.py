"""Demo regions (the fictional country of Riverland, code XR) and demo alert texts."""


# GeoJSON uses [longitude, latitude].
def rectangle(west: float, south: float, east: float, north: float) -> dict:
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Polygon", "coordinates": [ring]}


COUNTRY = ("XR", "Riverland", rectangle(10.0, 50.0, 12.0, 51.0))
COUNTRY_TIME_ZONE = "Europe/Berlin"  # its regions inherit it
REGIONS = [
    ("XR-RS", "Riverside County", rectangle(10.0, 50.0, 11.0, 51.0)),
    ("XR-HL", "Highland County", rectangle(11.0, 50.0, 12.0, 51.0)),
]
MUNICIPALITIES = [
    ("XR-RS-01", "Millbrook", "XR-RS", rectangle(10.0, 50.5, 10.5, 51.0)),
    ("XR-RS-02", "Eastwater", "XR-RS", rectangle(10.5, 50.5, 11.0, 51.0)),
    ("XR-RS-03", "Southford", "XR-RS", rectangle(10.0, 50.0, 11.0, 50.5)),
    ("XR-HL-01", "Stonehill", "XR-HL", rectangle(11.0, 50.0, 12.0, 51.0)),
]

FLOOD_EXERCISE = {
    "regions": ["XR-RS-01", "XR-RS-02"],
    "category": "Met",
    "response_type": "Prepare",
    "urgency": "Expected",
    "severity": "Severe",
    "certainty": "Likely",
    "infos": {
        "en": {
            "event": "River flooding",
            "headline": "Flood warning for Millbrook and Eastwater",
            "description": (
                "Heavy rain upstream is expected to raise the Silver River above its banks from "
                "tomorrow morning. Streets near the river and cellars may flood."
            ),
            "instruction": (
                "Move valuables and documents upstairs. Do not walk or drive through flood water. "
                "Follow instructions from local services and check this page for updates."
            ),
        },
        "fr": {
            "event": "Crue de rivière",
            "headline": "Alerte aux inondations pour Millbrook et Eastwater",
            "description": (
                "De fortes pluies en amont devraient faire déborder la Silver River à partir de "
                "demain matin. Les rues proches de la rivière et les caves peuvent être inondées."
            ),
            "instruction": (
                "Montez les objets de valeur et les documents à l'étage. Ne marchez pas et ne "
                "roulez pas dans l'eau. Suivez les consignes des services locaux et consultez "
                "cette page pour les mises à jour."
            ),
        },
        "uk": {
            "event": "Річкова повінь",
            "headline": "Попередження про повінь для Millbrook та Eastwater",
            "description": (
                "Через сильні дощі вище за течією річка Silver River, ймовірно, вийде з берегів "
                "завтра зранку. Вулиці біля річки та підвали можуть бути затоплені."
            ),
            "instruction": (
                "Перенесіть цінні речі та документи на верхній поверх. Не ходіть і не їздіть "
                "через воду. Виконуйте вказівки місцевих служб і стежте за оновленнями на цій "
                "сторінці."
            ),
        },
        "ar": {
            "event": "فيضان نهري",
            "headline": "تحذير من الفيضان في Millbrook وEastwater",
            "description": (
                "يُتوقع أن تؤدي الأمطار الغزيرة في أعلى المجرى إلى فيضان نهر Silver River ابتداءً "
                "من صباح الغد. قد تغمر المياه الشوارع القريبة من النهر والأقبية."
            ),
            "instruction": (
                "انقل الأشياء الثمينة والوثائق إلى الطابق العلوي. لا تمشِ ولا تقُد سيارتك في مياه "
                "الفيضان. اتبع تعليمات الجهات المحلية وتابع التحديثات على هذه الصفحة."
            ),
        },
    },
}

HEAT_EXERCISE = {
    "regions": ["XR-RS-03"],
    "category": "Met",
    "response_type": "Prepare",
    "urgency": "Future",
    "severity": "Moderate",
    "certainty": "Possible",
    "infos": {
        "en": {
            "event": "Heatwave",
            "headline": "Heat warning for Southford",
            "description": "Temperatures up to 36 °C are possible over the next three days.",
            "instruction": "Drink water regularly and check on older neighbours.",
        },
        "fr": {
            "event": "Canicule",
            "headline": "Alerte canicule pour Southford",
            "description": "Des températures jusqu'à 36 °C sont possibles dans les trois jours.",
            "instruction": (
                "Buvez de l'eau régulièrement et prenez des nouvelles de vos voisins âgés."
            ),
        },
    },
}
