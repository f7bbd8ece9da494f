"""Getting a published message to people: open pages through the channel layer (live/) and
subscribed browsers through web push (webpush/). The audience gate is `Alert.objects.public()`:
only published, public, unexpired messages reach either channel. alerts/tasks.py runs both."""
