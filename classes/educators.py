"""The educator role: members of the "Educators" group may run classes."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

EDUCATORS_GROUP = "Educators"


def is_educator(user) -> bool:
    return user.is_authenticated and user.groups.filter(name=EDUCATORS_GROUP).exists()


def educator_required(view):
    """Visitors are sent to sign in; signed-in people without the role get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_educator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
