"""`field__any=values`: the same rows as `field__in=values`, sent to PostgreSQL as one array
parameter (`= ANY(%s)`) instead of one placeholder per value.

A push batch selects and updates its thousand rows by id several times; building, binding and
parsing a thousand-item IN list cost more CPU, in the worker and in the database, than the
queries themselves (bench/push_fanout). Other databases get the IN list.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import IntegerField
from django.db.models.lookups import In


@IntegerField.register_lookup
class AnyOf(In):
    lookup_name = "any"

    def as_postgresql(self, compiler, connection):
        values = [int(value) for value in self.rhs if value is not None]
        if not values:
            raise EmptyResultSet
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::bigint[])", (*lhs_params, values)
