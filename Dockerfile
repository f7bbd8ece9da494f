# Beacon production image: one image for the web (ASGI), worker and beat services.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    BEACON_VAR_DIR=/var/lib/beacon \
    COLLECTED_STATIC=1

WORKDIR /app
# Pango and fonts with Latin, Cyrillic and Arabic glyphs, for PDF certificates (WeasyPrint).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app --uid 10001 beacon \
    && mkdir -p /var/lib/beacon/media \
    && chown -R beacon /var/lib/beacon

COPY pyproject.toml README.md ./
COPY config ./config
COPY core ./core
COPY lessons ./lessons
COPY classes ./classes
COPY accounts ./accounts
COPY alerts ./alerts
COPY readiness ./readiness
COPY demo ./demo
COPY site ./site
COPY locale ./locale
COPY manage.py ./
RUN pip install --no-cache-dir . \
    && pybabel compile --domain django --directory locale \
    && SECRET_KEY=build-only python manage.py collectstatic --no-input

USER beacon
EXPOSE 8000
# X-Forwarded-For and -Proto are believed only from TRUSTED_PROXIES (empty: from nobody).
CMD ["sh", "-c", "exec uvicorn config.asgi:application --host 0.0.0.0 --port 8000 --proxy-headers --forwarded-allow-ips=\"${TRUSTED_PROXIES:-}\" --lifespan off"]
