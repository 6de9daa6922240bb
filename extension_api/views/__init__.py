"""The API's blueprints, one per concern, all under ``/v1``."""
