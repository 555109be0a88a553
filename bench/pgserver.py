# SPDX-License-Identifier: GPL-3.0-or-later
"""A PostgreSQL server for the benchmarks, through psql: libraries are databases created
beside the maintenance database the address names (postgresql://user@host:port/dbname)."""
import subprocess
from urllib.parse import urlsplit, urlunsplit


def psql(address, sql, stdin=None):
    """Runs `sql` against the database at `address`; its rows as tuples of strings."""
    p = urlsplit(address)
    out = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-h", p.hostname,
                          "-p", str(p.port or 5432), "-U", p.username, "-d", p.path.lstrip("/"), "-c", sql],
                         input=stdin, check=True, capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines() if line]


class Server:
    name = "PostgreSQL"

    def __init__(self, maintenance):
        self.maintenance = maintenance
        self.parts = urlsplit(maintenance)

    def address(self, database):
        return urlunsplit(self.parts._replace(path="/" + database))

    def psql(self, address, sql):
        return psql(address, sql)

    def create(self, database, template=None):
        """A fresh database (dropped first if it exists), optionally a copy of `template`."""
        self.drop(database)
        self.psql(self.maintenance, f'CREATE DATABASE "{database}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.address(database)

    def drop(self, database):
        self.psql(self.maintenance, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    def size_mb(self, address):
        return int(self.psql(address, "SELECT pg_database_size(current_database())")[0][0]) / 2**20
