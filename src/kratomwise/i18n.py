"""Translation marker for the pure core.

The core must not import Django, so it marks user-facing strings with the
standard library's gettext under the ``kratomwise`` domain. The web shell
uses Django's own i18n for templates and views.
"""

import gettext as _gettext

_translation = _gettext.translation("kratomwise", fallback=True)


def _(message: str) -> str:
    """Mark ``message`` for translation and return it in the active language."""
    return _translation.gettext(message)
