"""``copydesk serve``, ``copydesk token create|list|revoke`` and ``copydesk user create NAME``.

The store is the one ``COPYDESK_DATABASE_URL`` names, else SQLite in
``COPYDESK_DATA_DIR``; ``--database`` overrides both.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from copydesk.cli.group import app
from copydesk.cli.options import opened_store
from copydesk.errors import ConfigError

token_app = typer.Typer(help="API tokens for the HTTP API's write endpoints.", no_args_is_help=True)
user_app = typer.Typer(help="Editors who log in to the review app.", no_args_is_help=True)
app.add_typer(token_app, name="token")
app.add_typer(user_app, name="user")

Database = Annotated[
    str | None,
    typer.Option("--database", help="Store URL (sqlite:///path or postgresql+psycopg://…); default from the settings."),
]


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    database: Database = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Serve the HTTP API, the published pages and the editor app."""
    import uvicorn

    from copydesk.settings import load_settings
    from copydesk.store import open_store
    from copydesk.web import create_app

    settings = load_settings(database_url=database)
    if workers > 1:
        # Each worker builds its own app (and store pool) from the environment.
        import os

        if database:
            os.environ["COPYDESK_DATABASE_URL"] = database
        open_store(None, settings).close()  # migrate once before the workers start
        uvicorn.run("copydesk.web.app:create_app", factory=True, host=host, port=port,
                    workers=workers, log_level="info")
        return
    application = create_app(settings, None)
    typer.echo(f"copydesk: serving on http://{host}:{port}/ (editor at /editor/, API docs at /docs)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="info")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="Who or what the token is for.")],
    database: Database = None,
) -> None:
    """Create an API token and print it (it cannot be shown again: only its hash is kept)."""
    with opened_store(database) as store:
        typer.echo(store.create_token(name))


@token_app.command("list")
def token_list(database: Database = None) -> None:
    """List the API tokens: name and creation time, oldest first (secrets are never shown)."""
    with opened_store(database) as store:
        tokens = store.list_tokens()
    for token in tokens:
        typer.echo(f"{token.name}\t{token.created.isoformat(timespec='seconds')}")
    if not tokens:
        typer.echo("no API tokens; create one with `copydesk token create NAME`", err=True)


@token_app.command("revoke")
def token_revoke(
    name: Annotated[str, typer.Argument(help="The name the token was created with.")],
    database: Database = None,
) -> None:
    """Revoke every API token with this name; requests that send it get 401 from now on."""
    with opened_store(database) as store:
        count = store.revoke_token(name)
    if count == 0:
        raise ConfigError(f"no API token is named {name!r}", hint="see `copydesk token list`")
    typer.echo(f"revoked {count} token{'s' if count != 1 else ''} named {name!r}", err=True)


@user_app.command("create")
def user_create(
    name: Annotated[str, typer.Argument(help="The editor's login name.")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
    database: Database = None,
) -> None:
    """Create an editor (or set a new password, which ends their open sessions); stored scrypt-hashed."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(password) < 8:
        raise ConfigError("the password is too short", hint="use at least 8 characters")
    with opened_store(database) as store:
        store.create_user(name, password)
    typer.echo(f"editor {name!r} can now log in at /editor/login", err=True)
