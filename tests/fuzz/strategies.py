"""Hypothesis strategies for what the outside world sends: any text (lone surrogates and NUL
included), any JSON value, and JSON shaped like Beacon's own messages with any value inside."""

import base64
import os

from hypothesis import strategies as st

# Every code point, lone surrogates included (hypothesis leaves them out unless asked).
ANY_CHARACTER = st.characters(exclude_categories=())
any_text = st.text(ANY_CHARACTER, max_size=40)
region_code = st.sampled_from(["XR-RS", "XR-RS-01", "XR-HL-01", "XR", "", "NOPE"]) | any_text
language = st.sampled_from(["en", "fr", "ar", "xx", "EN", ""]) | any_text
severity = st.sampled_from(["Minor", "Moderate", "Severe", "Extreme", "Unknown", "minor"])

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | any_text
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(any_text, children, max_size=4)
    ),
    max_leaves=12,
)


# A value in a field: usually plausible, sometimes anything at all.
def field(plausible):
    return plausible | json_values


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


P256DH = b64(b"\x04" + os.urandom(64))
AUTH = b64(os.urandom(16))
endpoint = st.sampled_from(
    [
        "https://fcm.googleapis.com/fcm/send/abc",
        "https://updates.push.services.mozilla.com/wpush/v2/x",
        "http://127.0.0.1:8765/internal-admin-endpoint",
        "https://[::1/x",
        "https://fcm.googleapis.com:99999/x",
    ]
) | st.builds(lambda tail: "https://fcm.googleapis.com/fcm/send/" + tail, any_text)

subscribe_bodies = st.fixed_dictionaries(
    {
        "subscription": field(
            st.fixed_dictionaries(
                {
                    "endpoint": field(endpoint),
                    "keys": field(
                        st.fixed_dictionaries(
                            {"p256dh": field(st.just(P256DH)), "auth": field(st.just(AUTH))}
                        )
                    ),
                }
            )
        ),
        "regions": field(st.lists(region_code, max_size=5)),
    },
    optional={"lang": field(language), "min_severity": field(severity)},
)
unsubscribe_bodies = st.fixed_dictionaries({"endpoint": field(endpoint)})

subscribe_frames = st.fixed_dictionaries(
    {
        "type": st.just("subscribe") | any_text,
        "regions": field(st.lists(region_code, max_size=5)),
    },
    optional={"lang": field(language)},
)
