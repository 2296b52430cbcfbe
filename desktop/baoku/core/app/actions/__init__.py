"""One module per group of user actions; each action is one function (see core.app)."""
