"""The inspection use case (Qt-free), one for the window and `inspect`: the traveller
made once from the document (`traveller`), the decision rules (`rules`), screen ->
decide -> record in one transaction (`service`); emergency mode (`emergency`) and the
stale-list policy (`stale_policy`)."""
