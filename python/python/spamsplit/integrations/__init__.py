"""spamsplit as a step in other people's pipelines.

Each module imports its framework when it is imported itself, never when
``spamsplit`` is, and says which extra to install when the framework is
missing:

- ``spamsplit.integrations.datatrove``: ``SpamSplitFilter``, ``SpamSplitFormatter``
- ``spamsplit.integrations.dolma``: the ``spamsplit`` tagger
- ``spamsplit.integrations.nemo_curator``: ``SpamSplitModifier``, ``SpamSplitStage``
- ``spamsplit.integrations.ray``: ``SpamSplitBatches`` for ``Dataset.map_batches``
- ``spamsplit.integrations.spark``: ``map_in_arrow``, ``spans_udf``, ``clean_udf``
"""

from __future__ import annotations

import importlib
from types import ModuleType


def require(module: str, extra: str) -> ModuleType:
    """Imports ``module``, or raises an ImportError that names the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise ImportError(
            f"this spamsplit integration needs {module.split('.')[0]}: "
            f"pip install 'spamsplit[{extra}]'"
        ) from err
