"""Alert history moves to the append-only events, and PostgreSQL guards what the models guard.

Earlier alert log rows in Wagtail's model log become events and are removed there: the admin's
site history listed them for every editor, including other authorities' drafts. On PostgreSQL,
triggers refuse changing or deleting an event, and changing the text or area of a submitted or
published message, whatever runs the SQL.
"""

from django.db import migrations

ACTIONS = {
    "wagtail.create": "create",
    "wagtail.edit": "edit",
    "beacon.alert.submit": "submit",
    "beacon.alert.publish": "approve",
    "beacon.alert.reject": "reject",
}

FROZEN = "('submitted', 'published')"
TRIGGERS = f"""
CREATE FUNCTION alerts_refuse_event_change() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'alert events are append-only'; END $$ LANGUAGE plpgsql;
CREATE TRIGGER alerts_event_append_only BEFORE UPDATE OR DELETE ON alerts_alertevent
FOR EACH ROW EXECUTE FUNCTION alerts_refuse_event_change();

CREATE FUNCTION alerts_refuse_frozen_alert() RETURNS trigger AS $$
BEGIN
  IF OLD.state IN {FROZEN} AND (
    (NEW.identifier, NEW.sender, NEW.msg_type, NEW.scope, NEW.note, NEW.incidents,
     NEW.area_description, NEW.polygons::text, NEW.circles::text, NEW.authority_id, NEW.source)
    IS DISTINCT FROM
    (OLD.identifier, OLD.sender, OLD.msg_type, OLD.scope, OLD.note, OLD.incidents,
     OLD.area_description, OLD.polygons::text, OLD.circles::text, OLD.authority_id, OLD.source)
  ) THEN RAISE EXCEPTION 'a submitted or published alert cannot be changed'; END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER alerts_alert_frozen BEFORE UPDATE ON alerts_alert
FOR EACH ROW EXECUTE FUNCTION alerts_refuse_frozen_alert();

CREATE FUNCTION alerts_refuse_frozen_part() RETURNS trigger AS $$
DECLARE parent bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN parent := OLD.alert_id; ELSE parent := NEW.alert_id; END IF;
  IF EXISTS (SELECT 1 FROM alerts_alert WHERE id = parent AND state IN {FROZEN}) THEN
    RAISE EXCEPTION 'a submitted or published alert cannot be changed';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER alerts_info_frozen BEFORE INSERT OR UPDATE OR DELETE ON alerts_alertinfo
FOR EACH ROW EXECUTE FUNCTION alerts_refuse_frozen_part();
CREATE TRIGGER alerts_regions_frozen BEFORE INSERT OR UPDATE OR DELETE ON alerts_alert_regions
FOR EACH ROW EXECUTE FUNCTION alerts_refuse_frozen_part();
"""
DROP = """
DROP TRIGGER IF EXISTS alerts_regions_frozen ON alerts_alert_regions;
DROP TRIGGER IF EXISTS alerts_info_frozen ON alerts_alertinfo;
DROP TRIGGER IF EXISTS alerts_alert_frozen ON alerts_alert;
DROP TRIGGER IF EXISTS alerts_event_append_only ON alerts_alertevent;
DROP FUNCTION IF EXISTS alerts_refuse_frozen_part();
DROP FUNCTION IF EXISTS alerts_refuse_frozen_alert();
DROP FUNCTION IF EXISTS alerts_refuse_event_change();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


def move_log_entries(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    Alert = apps.get_model("alerts", "Alert")
    Authority = apps.get_model("alerts", "Authority")
    AlertEvent = apps.get_model("alerts", "AlertEvent")
    for model, is_alert in ((Alert, True), (Authority, False)):
        content_type = ContentType.objects.filter(
            app_label="alerts", model=model._meta.model_name
        ).first()
        if content_type is None:
            continue
        entries = ModelLogEntry.objects.filter(content_type=content_type).order_by("timestamp")
        for entry in entries:
            target = model.objects.filter(pk=entry.object_id).first()
            if target is None:
                continue
            if is_alert:
                action = ACTIONS.get(entry.action)
                fields = {"alert": target, "authority_id": target.authority_id}
            else:
                action = "exercise_on" if (entry.data or {}).get("on") else "exercise_off"
                fields = {"authority": target}
            if action:
                event = AlertEvent.objects.create(
                    action=action, actor_id=entry.user_id, data=entry.data or {}, **fields
                )
                AlertEvent.objects.filter(pk=event.pk).update(at=entry.timestamp)
        entries.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0005_alert_events"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(move_log_entries, migrations.RunPython.noop),
        migrations.RunPython(on_postgresql(TRIGGERS), on_postgresql(DROP)),
    ]
